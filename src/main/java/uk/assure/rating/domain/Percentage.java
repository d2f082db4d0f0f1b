package uk.assure.rating.domain;

/** A whole percentage from 0 to 100. */
public record Percentage(int value) {

  public Percentage {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("A percentage is from 0 to 100, not " + value);
    }
  }

  /**
   * The published rounding rule: total over maximum, times 100, rounded UP to a whole percent,
   * computed in integers so that exact multiples (27 of 36 = 75) never round up by mistake.
   */
  public static Percentage ceilingOf(int total, int maximum) {
    checkFraction(total, maximum);
    return new Percentage((100 * total + maximum - 1) / maximum);
  }

  /** The unrounded percentage to one decimal place, in tenths (61.1% is 611). */
  public static int tenthsOf(int total, int maximum) {
    checkFraction(total, maximum);
    // Half up: 1000 * total / maximum + 1/2, kept in integers.
    return (1000 * total * 2 + maximum) / (maximum * 2);
  }

  private static void checkFraction(int total, int maximum) {
    if (maximum <= 0 || total < 0 || total > maximum) {
      throw new IllegalArgumentException(
          "Cannot take a percentage of " + total + " out of " + maximum);
    }
  }
}
