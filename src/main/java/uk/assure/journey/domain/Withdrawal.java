package uk.assure.journey.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An assessment withdrawn before publication: who withdrew it, when and why. It closes the
 * assessment; nothing moves it on afterwards.
 */
public record Withdrawal(String actor, Instant at, String reason) {

  public Withdrawal {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (reason == null || reason.isBlank() || reason.length() > Journey.MAX_REASON) {
      throw new IllegalArgumentException(
          "A withdrawal needs a reason of 1 to " + Journey.MAX_REASON + " characters");
    }
  }
}
