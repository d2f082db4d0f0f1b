package uk.assure.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing that happened, as stored in the trail.
 *
 * @param sequence the entry's place in the chain, from 1
 * @param occurredAt when, to the microsecond (the database's precision, so the hash holds)
 * @param actor who: an email address, "system" or "anonymous"
 * @param details a JSON object with what changed, such as old and new scores and the reason
 * @param previousHash the hash of the entry before, or 64 zeros for the first
 * @param hash this entry's hash, see {@link AuditHash}
 */
public record AuditEntry(
    long sequence,
    Instant occurredAt,
    String actor,
    String actorRole,
    AuditAction action,
    String subjectType,
    String subjectId,
    String councilGss,
    String clientAddress,
    String details,
    String previousHash,
    String hash) {

  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("Audit entries are numbered from 1");
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the stored hash is the one the entry's content and its predecessor give. */
  public boolean hashMatchesContent() {
    return hash.equals(AuditHash.of(this));
  }
}
