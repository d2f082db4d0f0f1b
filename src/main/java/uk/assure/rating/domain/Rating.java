package uk.assure.rating.domain;

import java.util.Arrays;
import java.util.Optional;

/** The single-word rating and the band of whole percentages that earns it. */
public enum Rating {
  INADEQUATE("inadequate", 25, 38),
  REQUIRES_IMPROVEMENT("requires_improvement", 39, 62),
  GOOD("good", 63, 87),
  OUTSTANDING("outstanding", 88, 100);

  private final String code;
  private final int minimum;
  private final int maximum;

  Rating(String code, int minimum, int maximum) {
    this.code = code;
    this.minimum = minimum;
    this.maximum = maximum;
  }

  public String code() {
    return code;
  }

  public int minimum() {
    return minimum;
  }

  public int maximum() {
    return maximum;
  }

  public static Rating fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown rating: " + code));
  }

  /** The band a whole percentage falls in (the lowest possible percentage is 25). */
  public static Rating forPercentage(Percentage percentage) {
    int p = percentage.value();
    return Arrays.stream(values())
        .filter(r -> p >= r.minimum && p <= r.maximum)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    p + "% is below the lowest band, which starts at 25%"));
  }

  /** The score 1-4 that a band stands for, used to turn category percentages into a score. */
  public Score equivalentScore() {
    return Score.of(ordinal() + 1);
  }

  public Optional<Rating> higher() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  public Optional<Rating> lower() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }

  /**
   * Where a percentage sits within this band, by thirds of the band's width (rounded down, so in
   * good, 63-71 is lower, 72-79 middle and 80-87 upper).
   */
  public BandPosition positionOf(Percentage percentage) {
    if (percentage.value() < minimum || percentage.value() > maximum) {
      throw new IllegalArgumentException(percentage.value() + "% is not in the " + code + " band");
    }
    int width = maximum - minimum + 1;
    int third = (percentage.value() - minimum) * 3 / width;
    return BandPosition.values()[third];
  }
}
