package uk.assure.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.audit.AuditEntryRecords;
import uk.assure.audit.AuditFilter;
import uk.assure.audit.domain.AuditAction;
import uk.assure.audit.domain.AuditEntry;

@Repository
class JdbcAuditEntryRecords implements AuditEntryRecords {

  /** The advisory lock key that serialises appends ("audit" in ASCII). */
  private static final long APPEND_LOCK = 0x6175646974L;

  private static final String COLUMNS =
      "sequence, occurred_at, actor, actor_role, action, subject_type, subject_id, council_gss,"
          + " client_address, details, previous_hash, hash";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  JdbcAuditEntryRecords(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(500);
  }

  @Override
  public void lockForAppend() {
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
        .param(APPEND_LOCK)
        .query(Integer.class)
        .single();
  }

  @Override
  public Optional<AuditEntry> last() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence DESC LIMIT 1")
        .query(JdbcAuditEntryRecords::entry)
        .optional();
  }

  @Override
  public void append(AuditEntry entry) {
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
  }

  @Override
  public void forEachInOrder(Consumer<AuditEntry> each) {
    streaming.query(
        "SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence",
        row -> {
          each.accept(entry(row, 0));
        });
  }

  @Override
  public List<AuditEntry> find(AuditFilter filter, int limit, long offset) {
    var query =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM audit_events WHERE "
                    + where(filter)
                    + " ORDER BY sequence DESC LIMIT ? OFFSET ?")
            .params(parameters(filter));
    return query.param(limit).param(offset).query(JdbcAuditEntryRecords::entry).list();
  }

  @Override
  public long count(AuditFilter filter) {
    return jdbc.sql("SELECT count(*) FROM audit_events WHERE " + where(filter))
        .params(parameters(filter))
        .query(Long.class)
        .single();
  }

  /**
   * The filter's conditions, each given part one placeholder, in the order of {@link #parameters}.
   */
  private static String where(AuditFilter filter) {
    List<String> conditions = new ArrayList<>();
    conditions.add("TRUE");
    if (filter.action() != null) {
      conditions.add("action = ?");
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      conditions.add("actor ILIKE ?");
    }
    if (filter.councilGss() != null && !filter.councilGss().isBlank()) {
      conditions.add("council_gss = ?");
    }
    if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
      conditions.add("subject_id = ?");
    }
    if (filter.from() != null) {
      conditions.add("occurred_at >= ?");
    }
    if (filter.to() != null) {
      conditions.add("occurred_at < ?");
    }
    return String.join(" AND ", conditions);
  }

  private static List<Object> parameters(AuditFilter filter) {
    List<Object> values = new ArrayList<>();
    if (filter.action() != null) {
      values.add(filter.action().code());
    }
    String actor = filter.actor();
    if (actor != null && !actor.isBlank()) {
      values.add(
          "%" + actor.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.councilGss() != null && !filter.councilGss().isBlank()) {
      values.add(filter.councilGss().strip());
    }
    if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
      values.add(filter.subjectId().strip());
    }
    if (filter.from() != null) {
      values.add(Timestamp.from(startOf(filter.from())));
    }
    if (filter.to() != null) {
      values.add(Timestamp.from(startOf(filter.to().plusDays(1))));
    }
    return values;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(LONDON).toInstant();
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
