package uk.assure.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.assure.results.PublishedRatings.council;
import static uk.assure.results.PublishedRatings.published;
import static uk.assure.results.PublishedRatings.rating;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.CouncilType;
import uk.assure.rating.domain.Rating;

class NationalBreakdownTest {

  private static final Integer[] GOOD = {3, 3, 3, 3, 3, 3, 3, 3, 3};
  private static final Integer[] INADEQUATE = {1, 1, 1, 1, 1, 1, 1, 1, 1};
  private static final Integer[] OUTSTANDING = {4, 4, 4, 4, 4, 4, 4, 4, 4};

  private final CouncilRating north =
      rating(
          council("E06000001", "North East", CouncilType.UNITARY),
          published("E06000001", LocalDate.of(2025, 1, 15), false, INADEQUATE),
          published("E06000001", LocalDate.of(2025, 12, 31), false, GOOD));
  private final CouncilRating london =
      rating(
          council("E09000001", "London", CouncilType.LONDON_BOROUGH),
          published("E09000001", LocalDate.of(2025, 2, 1), false, OUTSTANDING),
          published(
              "E09000001",
              LocalDate.of(2025, 7, 1),
              false,
              4,
              4,
              4,
              null,
              null,
              null,
              null,
              null,
              null));
  private final CouncilRating demo =
      rating(
          council("E09000002", "London", CouncilType.LONDON_BOROUGH),
          published("E09000002", LocalDate.of(2025, 4, 1), true, GOOD));
  private final CouncilRating realOverDemo =
      rating(
          council("E08000001", "North West", CouncilType.METROPOLITAN_DISTRICT),
          published("E08000001", LocalDate.of(2024, 1, 1), true, INADEQUATE),
          published("E08000001", LocalDate.of(2025, 4, 2), false, GOOD));
  private final CouncilRating unrated =
      rating(council("E09000003", "London", CouncilType.LONDON_BOROUGH));

  private final NationalBreakdown breakdown =
      NationalBreakdown.of(List.of(north, london, demo, realOverDemo, unrated));

  @Test
  void everyQuarterFromTheFirstPublicationToTheLastIsCountedByRatingGivenEvenWhenEmpty() {
    assertThat(breakdown.overTime())
        .extracting(q -> q.year() + " Q" + q.quarter() + " " + q.total())
        .containsExactly("2025 Q1 2", "2025 Q2 2", "2025 Q3 0", "2025 Q4 1");
    var first = breakdown.overTime().get(0);
    assertThat(first.count(Rating.INADEQUATE)).isEqualTo(1);
    assertThat(first.count(Rating.OUTSTANDING)).isEqualTo(1);
  }

  @Test
  void demonstrationAssessmentsAreCountedOnlyForCouncilsWithoutARealRatingAndAreMarked() {
    var second = breakdown.overTime().get(1);
    assertThat(second.count(Rating.GOOD)).isEqualTo(2);
    assertThat(second.illustrative()).isEqualTo(1);
    assertThat(breakdown.illustrative()).isEqualTo(1);
    assertThat(breakdown.overTime()).noneMatch(q -> q.year() == 2024);
  }

  @Test
  void regionsListTheirCouncilsRatingsInForceAndAverageOverallScore() {
    var londonGroup =
        breakdown.byRegion().stream().filter(g -> g.key().equals("London")).findFirst().get();
    assertThat(londonGroup.councils()).isEqualTo(3);
    assertThat(londonGroup.rated()).isEqualTo(2);
    assertThat(londonGroup.count(Rating.OUTSTANDING)).isEqualTo(1);
    assertThat(londonGroup.count(Rating.GOOD)).isEqualTo(1);
    assertThat(londonGroup.average()).isEqualTo("87.5");
    assertThat(breakdown.byRegion())
        .extracting(NationalBreakdown.Group::key)
        .containsExactly("London", "North East", "North West");
  }

  @Test
  void typesFollowTheRegistryOrderAndAnUnratedGroupHasNoAverage() {
    assertThat(breakdown.byType())
        .extracting(NationalBreakdown.Group::key)
        .containsExactly("council.type.UA", "council.type.MD", "council.type.LBO");
    var none = NationalBreakdown.of(List.of(unrated)).byType().get(0);
    assertThat(none.rated()).isZero();
    assertThat(none.average()).isEmpty();
    assertThat(NationalBreakdown.of(List.of(unrated)).overTime()).isEmpty();
  }
}
