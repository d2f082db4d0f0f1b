package uk.assure.market.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The figures for one group of counted locations in one area. Percentages are of the group's
 * locations and, like the average age, rounded half up to one decimal; they are null when the group
 * has no locations (and the average age when none is rated).
 */
public record GroupFigures(
    MarketGroup group,
    int locations,
    int rated,
    int underTwoYears,
    int twoToFourYears,
    int fourToEightYears,
    int eightYearsOrMore,
    BigDecimal averageAgeYears,
    int inherited,
    int outstanding,
    int good,
    int requiresImprovement,
    int inadequate) {

  private static final BigDecimal DAYS_IN_YEAR = new BigDecimal("365.25");

  public GroupFigures {
    Objects.requireNonNull(group, "group");
    if (rated > locations
        || underTwoYears + twoToFourYears + fourToEightYears + eightYearsOrMore != rated
        || outstanding + good + requiresImprovement + inadequate != rated
        || inherited > rated) {
      throw new IllegalArgumentException("The figures for " + group + " do not add up");
    }
  }

  public int neverRated() {
    return locations - rated;
  }

  public BigDecimal neverRatedPct() {
    return percentage(neverRated());
  }

  /** Never rated, or rated four or more years before the as-of date. */
  public int outdated() {
    return neverRated() + fourToEightYears + eightYearsOrMore;
  }

  public BigDecimal outdatedPct() {
    return percentage(outdated());
  }

  /** 100 x count / locations, rounded half up to one decimal; null with no locations. */
  public BigDecimal percentage(int count) {
    if (locations == 0) {
      return null;
    }
    return BigDecimal.valueOf(100L * count)
        .divide(BigDecimal.valueOf(locations), 1, RoundingMode.HALF_UP);
  }

  /** The mean of ages in days, in years of 365.25 days, rounded half up to one decimal. */
  static BigDecimal averageAge(long totalDays, int rated) {
    if (rated == 0) {
      return null;
    }
    return BigDecimal.valueOf(totalDays)
        .divide(DAYS_IN_YEAR.multiply(BigDecimal.valueOf(rated)), 1, RoundingMode.HALF_UP);
  }
}
