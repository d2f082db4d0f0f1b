package uk.assure.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.Rating;
import uk.assure.testing.Councils;

/** Which published assessment gives a council its rating, on a real database. */
@Tag("database")
@SpringBootTest
class PublicRatingsIntegrationTest {

  private static final String DERBY =
      Councils.claim(PublicRatingsIntegrationTest.class, "E06000015");
  private static final String READING =
      Councils.claim(PublicRatingsIntegrationTest.class, "E06000038");

  @Autowired AssessmentRecords assessments;

  @Autowired AssessmentJourney journey;
  @Autowired PublicRatings ratings;

  @Test
  void everyCouncilHasARatingWhichIsIllustrativeOnlyWhereNoRealOneIsPublished() {
    var withRealResults =
        assessments.allPublished(false).stream()
            .map(Assessment::council)
            .collect(java.util.stream.Collectors.toSet());

    var all = ratings.all();

    assertThat(all).hasSize(153);
    assertThat(all)
        .allSatisfy(
            r -> {
              assertThat(r.latest()).isPresent();
              if (!withRealResults.contains(r.council().gss())) {
                assertThat(r.latest().get().demo()).isTrue();
              }
            });
  }

  @Test
  void aRealFullAssessmentTakesOverFromDemonstrationDataAndANewerOneFromIt() {
    publish(DERBY, LocalDate.of(2025, 3, 1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    assertThat(latestOf(DERBY).result().percentage().value()).isEqualTo(75);
    assertThat(latestOf(DERBY).demo()).isFalse();

    publish(DERBY, LocalDate.of(2026, 3, 1), 4, 4, 4, 4, 4, 3, 4, 4, 4);

    assertThat(latestOf(DERBY).result().rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(latestOf(DERBY).result().percentage().value()).isEqualTo(98);
    assertThat(ratings.of(new GssCode(DERBY)).orElseThrow().previous())
        .get()
        .extracting(p -> p.result().percentage().value())
        .isEqualTo(75);
  }

  @Test
  void aPartialAssessmentDoesNotChangeTheRatingInForce() {
    publish(READING, LocalDate.of(2025, 4, 1), 2, 2, 2, 2, 2, 2, 2, 2, 2);
    publish(READING, LocalDate.of(2026, 1, 5), 4, 4, 4, null, null, null, null, null, null);

    var reading = ratings.of(new GssCode(READING)).orElseThrow();
    assertThat(reading.latest().get().result().rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    // Both real assessments, and no illustrative history beside them.
    assertThat(reading.history()).hasSize(2).noneMatch(PublishedRating::demo);
    assertThat(reading.history().get(0).result().partial()).isTrue();
  }

  private void publish(String gss, LocalDate on, Integer... scores) {
    Assessment assessment = AssessmentFixture.scored(gss, on.minusMonths(5), scores);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    assessments.publish(assessment.id(), on);
  }

  private PublishedRating latestOf(String gss) {
    return ratings.of(new GssCode(gss)).orElseThrow().latest().orElseThrow();
  }
}
