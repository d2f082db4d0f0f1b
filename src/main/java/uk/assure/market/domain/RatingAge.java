package uk.assure.market.domain;

import java.time.LocalDate;

/**
 * How old a rating is on the as-of date, in calendar years: under 2 (published after the as-of date
 * minus 2 years), 2 to 4 (after minus 4, on or before minus 2), 4 to 8 (after minus 8, on or before
 * minus 4), and 8 or more (on or before minus 8).
 */
public enum RatingAge {
  UNDER_TWO_YEARS,
  TWO_TO_FOUR_YEARS,
  FOUR_TO_EIGHT_YEARS,
  EIGHT_YEARS_OR_MORE;

  /** The band of a rating published on the given date, seen on the as-of date. */
  public static RatingAge of(LocalDate published, LocalDate asOf) {
    if (published.isAfter(asOf.minusYears(2))) {
      return UNDER_TWO_YEARS;
    }
    if (published.isAfter(asOf.minusYears(4))) {
      return TWO_TO_FOUR_YEARS;
    }
    if (published.isAfter(asOf.minusYears(8))) {
      return FOUR_TO_EIGHT_YEARS;
    }
    return EIGHT_YEARS_OR_MORE;
  }
}
