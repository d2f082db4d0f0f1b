package uk.assure.results;

import java.util.Objects;
import java.util.Optional;

/**
 * How a council's rating in force compares with its previous published full assessment, judged on
 * the overall percentage (the figure that decides the rating): higher is improved, lower is
 * declined, equal stayed the same. Partial assessments are not compared, and real results are
 * compared only with real ones, demonstration with demonstration.
 *
 * @param previous the previous published full assessment, empty for a first assessment
 */
public record DirectionOfTravel(
    Direction direction, PublishedRating current, Optional<PublishedRating> previous) {

  /** The direction, with a stable code for messages and data. */
  public enum Direction {
    IMPROVED("improved"),
    STAYED_THE_SAME("same"),
    DECLINED("declined"),
    FIRST_ASSESSMENT("first");

    private final String code;

    Direction(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public DirectionOfTravel {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    if (previous.isEmpty() != (direction == Direction.FIRST_ASSESSMENT)) {
      throw new IllegalArgumentException("Only a first assessment has no previous one");
    }
  }

  /** The direction of travel of a council's rating in force; empty if it has no rating. */
  public static Optional<DirectionOfTravel> of(CouncilRating rating) {
    return rating.latest().map(current -> between(rating.previous(), current));
  }

  static DirectionOfTravel between(Optional<PublishedRating> previous, PublishedRating current) {
    Direction direction =
        previous
            .map(
                before -> {
                  int change =
                      Integer.compare(
                          current.result().percentage().value(),
                          before.result().percentage().value());
                  return change > 0
                      ? Direction.IMPROVED
                      : change < 0 ? Direction.DECLINED : Direction.STAYED_THE_SAME;
                })
            .orElse(Direction.FIRST_ASSESSMENT);
    return new DirectionOfTravel(direction, current, previous);
  }

  /** Whether the comparison rests on demonstration data rather than real results. */
  public boolean illustrative() {
    return current.demo();
  }
}
