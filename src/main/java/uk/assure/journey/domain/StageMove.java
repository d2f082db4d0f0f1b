package uk.assure.journey.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One recorded move of an assessment between stages: who made it, when, and why. */
public record StageMove(
    int sequence,
    Stage from,
    Stage to,
    MoveKind kind,
    String actor,
    Instant at,
    LocalDate on,
    Optional<String> reason) {

  public StageMove {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    if (sequence < 1) {
      throw new IllegalArgumentException("Moves are numbered from 1");
    }
    if (kind == MoveKind.REOPEN && reason.filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("Reopening a step needs a reason");
    }
  }
}
