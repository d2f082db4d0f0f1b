package uk.assure.publication;

import java.util.Optional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.shared.domain.Refusal;

/**
 * One thing that must hold before an assessment is published. Each check is a bean; {@link
 * Publication} runs them all, in {@link #order()}, and publishes only if none finds a problem. To
 * require something more before publishing, add one more bean implementing this.
 */
public interface PublicationCheck {

  /** Where the check comes in the list people see, lowest first. */
  int order();

  /** The message key naming what the check requires, for the publication page's list. */
  String labelKey();

  /**
   * Why the assessment cannot be published, if it cannot: a refusal of the whole assessment, as a
   * message key and its arguments.
   */
  Optional<Refusal> check(Assessment assessment);
}
