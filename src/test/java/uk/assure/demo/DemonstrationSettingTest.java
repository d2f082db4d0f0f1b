package uk.assure.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.calibration.PanelComparisons;
import uk.assure.council.domain.GssCode;
import uk.assure.results.CouncilRating;
import uk.assure.results.NationalPicture;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedCouncils;
import uk.assure.testing.Councils;

/**
 * Demonstration data never mixes with real work: on staff views, on a council rated for real, and
 * once anything real is published unless it is asked for. The test context pins the set on ({@code
 * assure.demo.enabled=true}); the default (unset) is built here over the same database.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class DemonstrationSettingTest {

  private static final String BRISTOL = Councils.claim(DemonstrationSettingTest.class, "E06000023");

  @Autowired AssessmentRecords assessments;
  @Autowired PublicRatings ratings;
  @Autowired MockMvc mvc;
  @Autowired PanelComparisons panel;

  @BeforeEach
  void someCouncilsAreRatedForReal() {
    PublishedCouncils.publish(assessments);
  }

  @Test
  void unsetShowsTheSetOnlyUntilARealPublicationTrueAlwaysAndFalseNever() {
    assertThat(assessments.anyRealPublished()).isTrue();
    assertThat(new DemonstrationSetting(null, assessments).shown()).isFalse();
    assertThat(new DemonstrationSetting("", assessments).shown()).isFalse();
    assertThat(new DemonstrationSetting("auto", assessments).shown()).isFalse();
    assertThat(new DemonstrationSetting("true", assessments).shown()).isTrue();
    assertThat(new DemonstrationSetting("FALSE", assessments).shown()).isFalse();
    assertThatThrownBy(() -> new DemonstrationSetting("yes please", assessments))
        .hasMessageContaining("must be true, false or auto");
  }

  @Test
  void beforeAnyRealPublicationUnsetShowsTheSet() {
    AssessmentRecords nothingRealYet =
        (AssessmentRecords)
            java.lang.reflect.Proxy.newProxyInstance(
                AssessmentRecords.class.getClassLoader(),
                new Class<?>[] {AssessmentRecords.class},
                (proxy, method, args) ->
                    method.getName().equals("anyRealPublished")
                        ? false
                        : method.invoke(assessments, args));
    assertThat(new DemonstrationSetting(null, nothingRealYet).shown()).isTrue();
  }

  @Test
  void staffViewsRateFromRealAssessmentsOnlyWhileThePublicSeesTheSetItWasAskedFor() {
    assertThat(ratings.showsDemonstrationData()).isTrue();
    assertThat(ratings.all()).anyMatch(r -> r.latest().map(l -> l.demo()).orElse(false));

    assertThat(ratings.allReal())
        .allMatch(r -> r.history().stream().noneMatch(h -> h.demo()))
        .anyMatch(r -> r.latest().isPresent());
  }

  @Test
  void theCalibrationPanelsNationalSpreadCountsRealAssessmentsOnly() {
    Assessment bristol =
        AssessmentFixture.scored(BRISTOL, LocalDate.of(2026, 1, 5), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    assessments.add(bristol);

    int spread = panel.compare(bristol).statements().get(0).national().scored();

    int real = NationalPicture.of(ratings.allReal(), List.of("QS1")).statements().get(0).scored();
    int shown = NationalPicture.of(ratings.all(), List.of("QS1")).statements().get(0).scored();
    assertThat(spread).isEqualTo(real).isLessThan(shown);
  }

  @Test
  void aCouncilRatedForRealShowsNoIllustrativeHistoryOrBanner() throws Exception {
    CouncilRating plymouth = ratings.of(new GssCode(PublishedCouncils.PLYMOUTH)).orElseThrow();
    assertThat(plymouth.history()).isNotEmpty().noneMatch(h -> h.demo());

    mvc.perform(get("/councils/" + PublishedCouncils.PLYMOUTH))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("These ratings are illustrative"))))
        .andExpect(content().string(not(containsString("Illustrative"))));
    mvc.perform(get("/councils/" + PublishedCouncils.COUNTY_DURHAM))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("These ratings are illustrative")));
  }
}
