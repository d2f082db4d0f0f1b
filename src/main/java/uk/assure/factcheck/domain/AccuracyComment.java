package uk.assure.factcheck.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A council's comment on one section of a draft: what is wrong, the correction, and optionally a
 * document as evidence as at the time of assessment; then the assessors' decision on it.
 *
 * @param version goes up with each decision, so two assessors deciding at once collide
 */
public record AccuracyComment(
    UUID id,
    int draftNumber,
    String sectionKey,
    String whatIsWrong,
    String correction,
    Optional<UUID> document,
    String writtenBy,
    Instant writtenAt,
    Optional<Decision> decision,
    int version) {

  /** The assessors' decision on a comment, with their reason. */
  public record Decision(Verdict verdict, String reason, String decidedBy, Instant decidedAt) {

    public Decision {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(decidedBy, "decidedBy");
      Objects.requireNonNull(decidedAt, "decidedAt");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("A decision needs a reason");
      }
    }
  }

  public AccuracyComment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sectionKey, "sectionKey");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(decision, "decision");
    if (whatIsWrong == null
        || whatIsWrong.isBlank()
        || correction == null
        || correction.isBlank()) {
      throw new IllegalArgumentException("A comment says what is wrong and the correction");
    }
  }

  public boolean decided() {
    return decision.isPresent();
  }
}
