package uk.assure.planning.domain;

import java.util.Objects;
import uk.assure.council.domain.Council;

/**
 * A council in the programme's scope.
 *
 * @param priority how soon it should be assessed: 0 for no preference, higher for sooner
 * @param pilot whether it is one of the pilots that go first
 */
public record PlannedCouncil(Council council, int priority, boolean pilot) {

  public PlannedCouncil {
    Objects.requireNonNull(council, "council");
    if (priority < 0) {
      throw new IllegalArgumentException("Priority is 0 or more");
    }
  }
}
