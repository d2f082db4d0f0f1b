package uk.assure.results.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.assure.results.PublishedCouncils.COUNTY_DURHAM;
import static uk.assure.results.PublishedCouncils.NEWCASTLE;
import static uk.assure.results.PublishedCouncils.PLYMOUTH;
import static uk.assure.results.PublishedCouncils.WAKEFIELD;
import static uk.assure.results.PublishedCouncils.WORCESTERSHIRE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.results.PublicRatings;
import uk.assure.results.PublishedCouncils;

/** The public council page's direction of travel, from assessments published on a real database. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class DirectionOfTravelPageTest {

  private static final String BASIS = "Direction of travel compares the overall score";

  @Autowired MockMvc mvc;
  @Autowired AssessmentRecords assessments;
  @Autowired PublicRatings ratings;

  @BeforeEach
  void publish() {
    PublishedCouncils.publish(assessments);
  }

  @Test
  void aHigherScoreThanThePreviousAssessmentShowsAsImprovedWithBothResults() throws Exception {
    page(PLYMOUTH)
        .andExpect(content().string(containsString("Direction of travel")))
        .andExpect(content().string(containsString(">Improved</strong>")))
        .andExpect(content().string(containsString("Good (75%), published 10 February 2026")))
        .andExpect(
            content()
                .string(containsString("Requires improvement (50%), published 10 January 2025")))
        .andExpect(content().string(containsString(BASIS)));
  }

  @Test
  void aLowerScoreShowsAsDeclinedEvenWithTheSameRating() throws Exception {
    page(WAKEFIELD)
        .andExpect(content().string(containsString(">Declined</strong>")))
        .andExpect(content().string(containsString("Good (73%), published 2 March 2026")))
        .andExpect(content().string(containsString("Good (75%), published 3 March 2025")));
  }

  @Test
  void theSameScoreShowsAsStayedTheSame() throws Exception {
    page(WORCESTERSHIRE)
        .andExpect(content().string(containsString(">Stayed the same</strong>")))
        .andExpect(content().string(containsString("Good (78%), published 1 May 2026")))
        .andExpect(content().string(containsString("Good (78%), published 1 May 2025")));
  }

  @Test
  void aCouncilsFirstRealAssessmentSaysSoAndIsNotComparedWithDemonstrationData() throws Exception {
    page(NEWCASTLE)
        .andExpect(content().string(containsString(">First assessment</strong>")))
        .andExpect(content().string(containsString("first published full assessment")))
        .andExpect(content().string(not(containsString("Previous assessment</dt>"))))
        .andExpect(
            content()
                .string(not(containsString("This comparison uses illustrative demonstration"))));
  }

  @Test
  void directionOfTravelFromDemonstrationDataIsLabelledIllustrative() throws Exception {
    assumeTrue(ratings.showsDemonstrationData(), "demonstration data is switched off");
    page(COUNTY_DURHAM)
        .andExpect(content().string(containsString(">First assessment</strong>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "This comparison uses illustrative demonstration data, not real regulator"
                            + " results.")));
  }

  private ResultActions page(String gss) throws Exception {
    return mvc.perform(get("/councils/" + gss)).andExpect(status().isOk());
  }
}
