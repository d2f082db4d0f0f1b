package uk.assure.publication;

import java.util.List;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;

/**
 * One thing that must hold before an assessment is published. Each check is a bean; {@link
 * Publication} runs them all, in {@link #order()}, and publishes only if none finds a problem. To
 * require something more before publishing, add one more bean implementing this.
 */
public interface PublicationCheck {

  /** Why the assessment cannot be published, as a message key and its arguments. */
  record Problem(String key, List<Object> arguments) {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Object... arguments) {
      return new Problem(key, List.of(arguments));
    }
  }

  /** Where the check comes in the list people see, lowest first. */
  int order();

  /** The message key naming what the check requires, for the publication page's list. */
  String labelKey();

  /** The problem stopping publication, if there is one. */
  Optional<Problem> check(Assessment assessment);
}
