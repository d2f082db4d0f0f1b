package uk.assure.indicator.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a council's figure is getting better or worse: the latest period against the one before.
 * It is improving or declining only when the two periods' 95% intervals do not overlap (a
 * conservative test); otherwise stable; without intervals for both, there is not enough data.
 */
public record Trend(Direction direction, String method) {

  /** The trend's verdict, with a stable code. */
  public enum Direction {
    IMPROVING("improving"),
    STABLE("stable"),
    DECLINING("declining"),
    NOT_ENOUGH_DATA("not_enough_data");

    private final String code;

    Direction(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Direction fromCode(String code) {
      return Arrays.stream(values())
          .filter(d -> d.code.equals(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown trend: " + code));
    }
  }

  static final String TEST = "95% intervals of the latest two periods";

  public static Trend between(
      Optional<Interval> previous, Optional<Interval> latest, String betterDirection) {
    if (previous.isEmpty() || latest.isEmpty()) {
      return new Trend(Direction.NOT_ENOUGH_DATA, "no interval for both of the latest two periods");
    }
    if (previous.get().overlaps(latest.get())) {
      return new Trend(Direction.STABLE, TEST + " overlap");
    }
    if ("neither".equals(betterDirection)) {
      return new Trend(
          Direction.NOT_ENOUGH_DATA, TEST + " differ, but neither direction is better");
    }
    boolean rose = latest.get().lower() > previous.get().upper();
    boolean improving = "higher".equals(betterDirection) == rose;
    return new Trend(
        improving ? Direction.IMPROVING : Direction.DECLINING, TEST + " do not overlap");
  }
}
