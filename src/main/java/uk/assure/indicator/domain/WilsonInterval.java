package uk.assure.indicator.domain;

import java.util.Optional;

/**
 * The 95% Wilson score interval for a proportion, as percentages. Unlike the simple "plus or minus
 * 1.96 standard errors", it stays within 0% to 100% and behaves sensibly for small councils and for
 * proportions near 0% or 100%.
 */
public final class WilsonInterval {

  /** The normal quantile for a two-sided 95% interval. */
  static final double Z = 1.959963984540054;

  private WilsonInterval() {}

  /** The interval for {@code successes} out of {@code trials}; none when there are no trials. */
  public static Optional<Interval> of(long successes, long trials) {
    if (successes < 0 || trials < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "A proportion needs 0 <= successes <= trials, not " + successes + " of " + trials);
    }
    if (trials == 0) {
      return Optional.empty();
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return Optional.of(new Interval(lower * 100, upper * 100));
  }
}
