package uk.assure.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.audit.domain.AuditAction;
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

  /** The advisory lock key that serialises appends ("audit" in ASCII). */
  private static final long APPEND_LOCK = 0x6175646974L;

  private static final String COLUMNS =
      "sequence, occurred_at, actor, actor_role, action, subject_type, subject_id, council_gss,"
          + " client_address, details, previous_hash, hash";

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(500);
    this.json = json;
    this.clock = clock;
  }

  /** Appends an entry to the chain and returns it. */
  @Transactional
  public AuditEntry record(AuditRecord record) {
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
        .param(APPEND_LOCK)
        .query(Integer.class)
        .single();
    Optional<AuditEntry> last =
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence DESC LIMIT 1")
            .query(AuditTrail::entry)
            .optional();
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
    jdbc.sql(
            "INSERT INTO audit_events ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            entry.sequence(),
            Timestamp.from(entry.occurredAt()),
            entry.actor(),
            entry.actorRole(),
            entry.action().code(),
            entry.subjectType(),
            entry.subjectId(),
            entry.councilGss(),
            entry.clientAddress(),
            entry.details(),
            entry.previousHash(),
            entry.hash())
        .update();
    return entry;
  }

  /** Checks the whole chain, reading it in order in batches rather than all at once. */
  @Transactional(readOnly = true)
  public AuditChain.Verification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    streaming.query(
        "SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence",
        row -> {
          verifier.accept(entry(row, 0));
        });
    return verifier.result();
  }

  /** Entries matching a filter, newest first, one page at a time. */
  public List<AuditEntry> find(AuditFilter filter, int page, int pageSize) {
    var query =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM audit_events WHERE "
                    + filter.where()
                    + " ORDER BY sequence DESC LIMIT ? OFFSET ?")
            .params(filter.parameters());
    return query
        .param(pageSize)
        .param((long) Math.max(0, page - 1) * pageSize)
        .query(AuditTrail::entry)
        .list();
  }

  public long count(AuditFilter filter) {
    return jdbc.sql("SELECT count(*) FROM audit_events WHERE " + filter.where())
        .params(filter.parameters())
        .query(Long.class)
        .single();
  }

  private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
    return new AuditEntry(
        row.getLong("sequence"),
        row.getTimestamp("occurred_at").toInstant(),
        row.getString("actor"),
        row.getString("actor_role"),
        AuditAction.fromCode(row.getString("action")),
        row.getString("subject_type"),
        row.getString("subject_id"),
        row.getString("council_gss"),
        row.getString("client_address"),
        row.getString("details"),
        row.getString("previous_hash"),
        row.getString("hash"));
  }
}
