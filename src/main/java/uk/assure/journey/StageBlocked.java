package uk.assure.journey;

import java.util.List;
import uk.assure.shared.domain.Refusal;

/**
 * Thrown by a listener of {@link StageEntered} when the assessment cannot enter the stage (the
 * draft report cannot be composed, publication's checks fail, ...). The move, and everything done
 * in its transaction, is undone, and the person moving it is told why.
 */
public class StageBlocked extends RuntimeException {

  /** One reason, as a message key and its arguments. */
  public record Reason(String key, List<Object> arguments) {

    public Reason {
      arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
      return new Reason(key, List.of(arguments));
    }

    /** This reason as a refusal of the given field of the form that asked for the move. */
    public Refusal against(String field) {
      return new Refusal(field, key, arguments);
    }
  }

  private final List<Reason> reasons;

  public StageBlocked(List<Reason> reasons) {
    super(reasons.stream().map(Reason::key).toList().toString());
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A blocked move needs a reason");
    }
    this.reasons = List.copyOf(reasons);
  }

  public List<Reason> reasons() {
    return reasons;
  }
}
