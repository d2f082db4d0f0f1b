package uk.assure.indicator.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a council's figure compares with England, and the test that decided it. A council is better
 * or worse only when its 95% interval excludes the England figure; otherwise similar; and not
 * compared when the data cannot support a comparison.
 */
public record Comparison(Outcome outcome, String method) {

  /** The comparison's verdict, with a stable code. */
  public enum Outcome {
    BETTER("better"),
    SIMILAR("similar"),
    WORSE("worse"),
    NOT_COMPARED("not_compared");

    private final String code;

    Outcome(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Outcome fromCode(String code) {
      return Arrays.stream(values())
          .filter(o -> o.code.equals(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown comparison: " + code));
    }
  }

  /** Fewer survey respondents than this and no comparison is made. */
  public static final int MINIMUM_BASE = 30;

  /**
   * Compares a council's interval with the England value.
   *
   * @param interval the council's 95% interval, if one could be worked out
   * @param intervalSource how the interval was found, for the method text
   * @param direction which way is better: higher, lower or neither
   */
  public static Comparison withEngland(
      Optional<Interval> interval,
      String intervalSource,
      Optional<Double> england,
      String direction) {
    if (england.isEmpty()) {
      return new Comparison(Outcome.NOT_COMPARED, "no England figure for this measure and period");
    }
    if (interval.isEmpty()) {
      return new Comparison(
          Outcome.NOT_COMPARED,
          "no interval: the figure is suppressed, or its numerator and denominator or margin of"
              + " error are not published");
    }
    Interval range = interval.get();
    double value = england.get();
    if (range.contains(value)) {
      return new Comparison(Outcome.SIMILAR, intervalSource + " includes the England value");
    }
    if ("neither".equals(direction)) {
      return new Comparison(
          Outcome.NOT_COMPARED,
          intervalSource + " excludes the England value, but neither direction is better");
    }
    boolean above = range.lower() > value;
    boolean better = "higher".equals(direction) == above;
    return new Comparison(
        better ? Outcome.BETTER : Outcome.WORSE, intervalSource + " excludes the England value");
  }

  /** Survey figures from too few respondents are not compared. */
  public static Comparison tooFewRespondents(long base) {
    return new Comparison(
        Outcome.NOT_COMPARED, "only " + base + " respondents, fewer than " + MINIMUM_BASE);
  }
}
