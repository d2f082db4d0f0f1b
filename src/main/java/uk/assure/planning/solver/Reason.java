package uk.assure.planning.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint matched, in words a planner can act on: a message key from {@code
 * messages.properties} and the values it names.
 */
public record Reason(String key, List<Object> arguments) implements ConstraintJustification {

  public Reason {
    arguments = List.copyOf(arguments);
  }

  static Reason of(String key, Object... arguments) {
    return new Reason(key, List.of(arguments));
  }
}
