package uk.assure.journey.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A date someone set for an assessment, kept with who set it, when and why. */
public record DateChange(
    DateKind kind, LocalDate on, String actor, Instant at, Optional<String> reason) {

  public DateChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
  }
}
