package uk.assure.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.audit.domain.AuditChain;
import uk.assure.audit.domain.AuditEntry;
import uk.assure.audit.domain.AuditHash;

/**
 * The tamper-evident audit trail. Entries are appended inside the caller's transaction, so an
 * action and its record land together or not at all. Appends take a transaction-level advisory
 * lock, so concurrent requests, and several instances of Assure on one database, still build one
 * linear chain; the lock is released when the transaction ends.
 */
@Service
public class AuditTrail {

  private final AuditEntryRecords entries;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(AuditEntryRecords entries, JsonMapper json, Clock clock) {
    this.entries = entries;
    this.json = json;
    this.clock = clock;
  }

  /** Appends an entry to the chain and returns it. */
  @Transactional
  public AuditEntry record(AuditRecord record) {
    entries.lockForAppend();
    Optional<AuditEntry> last = entries.last();
    long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
    String previous = last.map(AuditEntry::hash).orElse(AuditHash.GENESIS);
    String details = json.writeValueAsString(new TreeMap<>(record.details()));
    var occurredAt = clock.instant();
    String hash =
        AuditHash.of(
            previous,
            sequence,
            occurredAt,
            record.actor(),
            record.actorRole(),
            record.action(),
            record.subjectType(),
            record.subjectId(),
            record.councilGss(),
            record.clientAddress(),
            details);
    AuditEntry entry =
        new AuditEntry(
            sequence,
            occurredAt,
            record.actor(),
            record.actorRole(),
            record.action(),
            record.subjectType(),
            record.subjectId(),
            record.councilGss(),
            record.clientAddress(),
            details,
            previous,
            hash);
    entries.append(entry);
    return entry;
  }

  /** Checks the whole chain, reading it in order in batches rather than all at once. */
  @Transactional(readOnly = true)
  public AuditChain.Verification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    entries.forEachInOrder(verifier::accept);
    return verifier.result();
  }

  /** Entries matching a filter, newest first, one page at a time. */
  public List<AuditEntry> find(AuditFilter filter, int page, int pageSize) {
    return entries.find(filter, pageSize, (long) Math.max(0, page - 1) * pageSize);
  }

  public long count(AuditFilter filter) {
    return entries.count(filter);
  }
}
