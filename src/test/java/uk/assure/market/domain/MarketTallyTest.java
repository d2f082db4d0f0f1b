package uk.assure.market.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.GssCode;

class MarketTallyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final GssCode CAMDEN = new GssCode("E09000007");
  private static final GssCode LEEDS = new GssCode("E08000035");
  private static final String COMMUNITY = "Community based adult social care services";
  private static final String RESIDENTIAL = "Residential social care";

  private static LocationRow rated(String category, LocationRating rating, LocalDate published) {
    return new LocationRow(
        CAMDEN, "P1", "Adult social care", category, false, rating, published, false, false);
  }

  private static LocationRow unrated(String category) {
    return new LocationRow(
        CAMDEN, "P1", "Adult social care", category, false, null, null, false, false);
  }

  private static MarketTally tally(LocationRow... rows) {
    MarketTally tally = new MarketTally(AS_OF);
    for (LocationRow row : rows) {
      tally.add(row);
    }
    return tally;
  }

  @Test
  void onlyAdultSocialCareLocationsThatAreNotDormantAreCounted() {
    MarketTally tally =
        tally(
            unrated(COMMUNITY),
            new LocationRow(
                CAMDEN, "P1", "adult social care ", COMMUNITY, false, null, null, false, false),
            new LocationRow(CAMDEN, "P1", "Hospitals", COMMUNITY, false, null, null, false, false),
            new LocationRow(
                CAMDEN, "P1", "Adult social care", COMMUNITY, true, null, null, false, false));

    assertThat(tally.england().group(MarketGroup.ALL).locations()).isEqualTo(2);
  }

  @Test
  void groupsAreCommunityResidentialAndEveryCountedLocationIncludingOtherCategories() {
    AreaFigures england =
        tally(unrated(COMMUNITY), unrated(RESIDENTIAL), unrated(RESIDENTIAL), unrated("Hospice"))
            .england();

    assertThat(england.group(MarketGroup.COMMUNITY).locations()).isEqualTo(1);
    assertThat(england.group(MarketGroup.RESIDENTIAL).locations()).isEqualTo(2);
    assertThat(england.group(MarketGroup.ALL).locations()).isEqualTo(4);
  }

  @Test
  void theFourRatingsInAnyCaseAreRatedAndBlankOrAnythingElseIsNot() {
    assertThat(LocationRating.fromText("requires IMPROVEMENT "))
        .contains(LocationRating.REQUIRES_IMPROVEMENT);
    assertThat(LocationRating.fromText("outstanding")).contains(LocationRating.OUTSTANDING);
    assertThat(LocationRating.fromText("")).isEmpty();
    assertThat(LocationRating.fromText("Insufficient evidence to rate")).isEmpty();
    assertThat(LocationRating.meansNotRated("")).isTrue();
    assertThat(LocationRating.meansNotRated("insufficient evidence to rate")).isTrue();
    assertThat(LocationRating.meansNotRated("Excellent")).isFalse();
  }

  @Test
  void ratingAgeBandsFallOnTheirEdgesAsDefined() {
    LocalDate twoYears = AS_OF.minusYears(2);
    LocalDate fourYears = AS_OF.minusYears(4);
    LocalDate eightYears = AS_OF.minusYears(8);

    assertThat(RatingAge.of(twoYears.plusDays(1), AS_OF)).isEqualTo(RatingAge.UNDER_TWO_YEARS);
    assertThat(RatingAge.of(twoYears, AS_OF)).isEqualTo(RatingAge.TWO_TO_FOUR_YEARS);
    assertThat(RatingAge.of(fourYears.plusDays(1), AS_OF)).isEqualTo(RatingAge.TWO_TO_FOUR_YEARS);
    assertThat(RatingAge.of(fourYears, AS_OF)).isEqualTo(RatingAge.FOUR_TO_EIGHT_YEARS);
    assertThat(RatingAge.of(eightYears.plusDays(1), AS_OF))
        .isEqualTo(RatingAge.FOUR_TO_EIGHT_YEARS);
    assertThat(RatingAge.of(eightYears, AS_OF)).isEqualTo(RatingAge.EIGHT_YEARS_OR_MORE);
    assertThat(RatingAge.of(AS_OF, AS_OF)).isEqualTo(RatingAge.UNDER_TWO_YEARS);
  }

  @Test
  void bandsAndRatingsAreCountedPerGroup() {
    GroupFigures all =
        tally(
                rated(COMMUNITY, LocationRating.GOOD, LocalDate.of(2026, 1, 1)),
                rated(COMMUNITY, LocationRating.OUTSTANDING, LocalDate.of(2024, 11, 1)),
                rated(RESIDENTIAL, LocationRating.INADEQUATE, LocalDate.of(2022, 11, 1)),
                rated(RESIDENTIAL, LocationRating.REQUIRES_IMPROVEMENT, LocalDate.of(2018, 11, 1)),
                unrated(COMMUNITY))
            .england()
            .group(MarketGroup.ALL);

    assertThat(all.locations()).isEqualTo(5);
    assertThat(all.rated()).isEqualTo(4);
    assertThat(all.neverRated()).isEqualTo(1);
    assertThat(all.underTwoYears()).isEqualTo(1);
    assertThat(all.twoToFourYears()).isEqualTo(1);
    assertThat(all.fourToEightYears()).isEqualTo(1);
    assertThat(all.eightYearsOrMore()).isEqualTo(1);
    assertThat(all.outstanding()).isEqualTo(1);
    assertThat(all.good()).isEqualTo(1);
    assertThat(all.requiresImprovement()).isEqualTo(1);
    assertThat(all.inadequate()).isEqualTo(1);
    // never rated + 4 to 8 + 8 or more = 3 of 5
    assertThat(all.outdatedPct()).isEqualByComparingTo("60.0");
    assertThat(all.neverRatedPct()).isEqualByComparingTo("20.0");
  }

  @Test
  void inheritedRatingsCountAsRatedAndApart() {
    LocationRow inherited =
        new LocationRow(
            CAMDEN,
            "P1",
            "Adult social care",
            COMMUNITY,
            false,
            LocationRating.GOOD,
            LocalDate.of(2026, 1, 1),
            true,
            false);
    GroupFigures community =
        tally(inherited, unrated(COMMUNITY)).england().group(MarketGroup.COMMUNITY);

    assertThat(community.rated()).isEqualTo(1);
    assertThat(community.inherited()).isEqualTo(1);
  }

  @Test
  void averageAgeIsMeanDaysOver365Point25RoundedHalfUpToOneDecimal() {
    // 0.05 years is 18.2625 days: 3 ratings totalling 3 x 18.2625 days would be exactly 0.05.
    assertThat(GroupFigures.averageAge(0, 1)).isEqualByComparingTo("0.0");
    assertThat(GroupFigures.averageAge(365, 1)).isEqualByComparingTo("1.0");
    // 1461 / 4 / 365.25 = 1.0 exactly; 146.1 days is 0.4 years; 54.7875 days (half) rounds up
    assertThat(GroupFigures.averageAge(1461, 4)).isEqualByComparingTo("1.0");
    assertThat(GroupFigures.averageAge(2191, 40)).isEqualByComparingTo("0.1");
    // 219150 / 40 / 365.25 = 15.0; 18.2625 days x 4 = 73.05 days in 4 ratings = 0.05 -> 0.1
    assertThat(GroupFigures.averageAge(7305, 400)).isEqualByComparingTo("0.1");
    assertThat(GroupFigures.averageAge(7304, 400)).isEqualByComparingTo("0.0");
    assertThat(GroupFigures.averageAge(0, 0)).isNull();

    GroupFigures all =
        tally(
                rated(COMMUNITY, LocationRating.GOOD, AS_OF.minusDays(365)),
                rated(COMMUNITY, LocationRating.GOOD, AS_OF.minusDays(1096)),
                unrated(COMMUNITY))
            .england()
            .group(MarketGroup.ALL);
    // (365 + 1096) / 2 / 365.25 = 2.0
    assertThat(all.averageAgeYears()).isEqualByComparingTo("2.0");
  }

  @Test
  void percentagesAreOfTheGroupRoundedHalfUpToOneDecimal() {
    GroupFigures figures = new GroupFigures(MarketGroup.ALL, 8, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
    assertThat(figures.percentage(1)).isEqualTo(new BigDecimal("12.5"));
    GroupFigures ofThree = new GroupFigures(MarketGroup.ALL, 3, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
    assertThat(ofThree.percentage(1)).isEqualTo(new BigDecimal("33.3"));
    assertThat(ofThree.percentage(2)).isEqualTo(new BigDecimal("66.7"));
    GroupFigures ofTwoHundred =
        new GroupFigures(MarketGroup.ALL, 200, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
    // 100 x 1 / 200 = 0.5; 100 x 1 / 16 = 6.25 rounds up to 6.3
    assertThat(ofTwoHundred.percentage(1)).isEqualTo(new BigDecimal("0.5"));
    GroupFigures ofSixteen =
        new GroupFigures(MarketGroup.ALL, 16, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
    assertThat(ofSixteen.percentage(1)).isEqualTo(new BigDecimal("6.3"));
    GroupFigures empty = new GroupFigures(MarketGroup.ALL, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
    assertThat(empty.percentage(0)).isNull();
  }

  @Test
  void homeCareSpreadCountsDistinctProvidersOfCountedDomiciliaryLocations() {
    MarketTally tally =
        tally(
            new LocationRow(
                CAMDEN, "P1", "Adult social care", COMMUNITY, false, null, null, false, true),
            new LocationRow(
                CAMDEN, "P1", "Adult social care", COMMUNITY, false, null, null, false, true),
            new LocationRow(
                CAMDEN, "P2", "Adult social care", COMMUNITY, false, null, null, false, true),
            new LocationRow(
                CAMDEN, "P3", "Adult social care", COMMUNITY, true, null, null, false, true),
            new LocationRow(
                LEEDS, "P2", "Adult social care", COMMUNITY, false, null, null, false, true),
            new LocationRow(
                LEEDS, "P4", "Adult social care", COMMUNITY, false, null, null, false, false));

    assertThat(tally.england().domiciliaryProviders()).isEqualTo(2);
    assertThat(tally.england().domiciliaryLocations()).isEqualTo(4);
    AreaFigures camden =
        tally.councils().stream().filter(a -> a.council().equals(CAMDEN)).findFirst().orElseThrow();
    assertThat(camden.domiciliaryProviders()).isEqualTo(2);
    assertThat(camden.domiciliaryLocations()).isEqualTo(3);
    assertThat(tally.councils()).extracting(AreaFigures::council).containsExactly(LEEDS, CAMDEN);
  }

  @Test
  void aRatedLocationNeedsItsPublicationDate() {
    assertThatThrownBy(() -> rated(COMMUNITY, LocationRating.GOOD, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
