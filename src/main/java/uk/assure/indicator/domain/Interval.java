package uk.assure.indicator.domain;

/** A 95% interval around a published figure, in the figure's own unit. */
public record Interval(double lower, double upper) {

  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("An interval runs from its lower to its upper end");
    }
  }

  /** A published figure with its published margin of error either side. */
  public static Interval ofMargin(double value, double margin) {
    if (margin < 0) {
      throw new IllegalArgumentException("A margin of error cannot be negative");
    }
    return new Interval(value - margin, value + margin);
  }

  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  public boolean overlaps(Interval other) {
    return lower <= other.upper && other.lower <= upper;
  }
}
