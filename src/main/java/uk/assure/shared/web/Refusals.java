package uk.assure.shared.web;

import java.util.Collection;
import org.springframework.validation.Errors;
import uk.assure.shared.domain.Refusal;

/**
 * Puts refusals on a form so that the page shows each beside its field (or in the error summary for
 * the whole submission), with the values its message names.
 */
public final class Refusals {

  private Refusals() {}

  /** Adds every refusal to the form's errors: a field's with its field, the rest as a whole. */
  public static void onto(Errors errors, Collection<Refusal> refusals) {
    refusals.forEach(refusal -> onto(errors, refusal));
  }

  /** Adds one refusal to the form's errors. */
  public static void onto(Errors errors, Refusal refusal) {
    Object[] arguments = refusal.arguments().toArray();
    if (refusal.hasField()) {
      errors.rejectValue(refusal.field(), refusal.key(), arguments, null);
    } else {
      errors.reject(refusal.key(), arguments, null);
    }
  }
}
