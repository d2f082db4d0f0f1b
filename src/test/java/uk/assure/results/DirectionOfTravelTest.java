package uk.assure.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.assure.results.PublishedRatings.council;
import static uk.assure.results.PublishedRatings.published;
import static uk.assure.results.PublishedRatings.rating;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.CouncilType;
import uk.assure.results.DirectionOfTravel.Direction;

class DirectionOfTravelTest {

  private static final String GSS = "E06000020";
  private static final LocalDate EARLIER = LocalDate.of(2025, 2, 3);
  private static final LocalDate LATER = LocalDate.of(2026, 4, 6);

  @Test
  void aHigherOverallScoreThanLastTimeIsAnImprovement() {
    var travel =
        travel(
            published(GSS, EARLIER, false, 2, 2, 2, 2, 2, 2, 2, 2, 2),
            published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(travel.direction()).isEqualTo(Direction.IMPROVED);
    assertThat(travel.previous().orElseThrow().result().percentage().value()).isEqualTo(50);
    assertThat(travel.current().result().percentage().value()).isEqualTo(75);
  }

  @Test
  void aLowerOverallScoreIsADeclineEvenWhenTheRatingStaysTheSame() {
    var travel =
        travel(
            published(GSS, EARLIER, false, 3, 3, 3, 3, 3, 3, 3, 3, 4),
            published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(travel.direction()).isEqualTo(Direction.DECLINED);
    assertThat(travel.current().result().rating())
        .isEqualTo(travel.previous().get().result().rating());
  }

  @Test
  void theSameOverallScoreStaysTheSame() {
    var travel =
        travel(
            published(GSS, EARLIER, false, 4, 3, 3, 3, 3, 3, 3, 3, 3),
            published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 4));

    assertThat(travel.direction()).isEqualTo(Direction.STAYED_THE_SAME);
  }

  @Test
  void withoutAnEarlierFullAssessmentItIsTheFirst() {
    var travel = travel(published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(travel.direction()).isEqualTo(Direction.FIRST_ASSESSMENT);
    assertThat(travel.previous()).isEmpty();
  }

  @Test
  void aPartialAssessmentIsNotComparedWith() {
    var travel =
        travel(
            published(GSS, EARLIER, false, 4, 4, 4, null, null, null, null, null, null),
            published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(travel.direction()).isEqualTo(Direction.FIRST_ASSESSMENT);
  }

  @Test
  void aRealRatingIsNeverComparedWithDemonstrationDataAndDemonstrationTravelIsMarked() {
    var real =
        travel(
            published(GSS, EARLIER, true, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            published(GSS, LATER, false, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    var demo = travel(published(GSS, EARLIER, true, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(real.direction()).isEqualTo(Direction.FIRST_ASSESSMENT);
    assertThat(real.illustrative()).isFalse();
    assertThat(demo.illustrative()).isTrue();
  }

  @Test
  void aCouncilWithoutARatingHasNoDirectionOfTravel() {
    assertThat(DirectionOfTravel.of(rating(council(GSS, "North East", CouncilType.UNITARY))))
        .isEmpty();
  }

  private static DirectionOfTravel travel(PublishedRating... published) {
    return DirectionOfTravel.of(rating(council(GSS, "North East", CouncilType.UNITARY), published))
        .orElseThrow();
  }
}
