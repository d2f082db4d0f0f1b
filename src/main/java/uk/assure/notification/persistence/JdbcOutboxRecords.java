package uk.assure.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.notification.EmailOutbox.Message;
import uk.assure.notification.OutboxRecords;
import uk.assure.notification.OutboxStatus;

@Repository
class JdbcOutboxRecords implements OutboxRecords {

  private static final String COLUMNS =
      "id, recipient, subject, body, created_at, status, sent_at, attempts, last_error,"
          + " next_attempt_at";

  private final JdbcClient jdbc;

  JdbcOutboxRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(String recipient, String subject, String body, Instant createdAt) {
    Timestamp now = Timestamp.from(createdAt);
    jdbc.sql(
            "INSERT INTO email_outbox (recipient, subject, body, created_at, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(recipient, subject, body, now, now)
        .update();
  }

  @Override
  public List<Message> newest(int limit, long offset) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM email_outbox ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(JdbcOutboxRecords::message)
        .list();
  }

  @Override
  public long count() {
    return jdbc.sql("SELECT count(*) FROM email_outbox").query(Long.class).single();
  }

  @Override
  public int countQueued(String recipient, String subject, Instant since) {
    return jdbc.sql(
            "SELECT count(*) FROM email_outbox WHERE recipient = ? AND subject = ? AND"
                + " created_at > ?")
        .params(recipient, subject, Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  @Override
  public List<Message> claimDue(Instant now, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
        .params(Timestamp.from(now), limit)
        .query(JdbcOutboxRecords::message)
        .list();
  }

  @Override
  public void markSent(long id, Instant at) {
    jdbc.sql(
            "UPDATE email_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1"
                + " WHERE id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  @Override
  public void markFailed(
      long id, int attempts, String error, OutboxStatus status, Instant nextAttemptAt) {
    jdbc.sql(
            "UPDATE email_outbox SET attempts = ?, last_error = ?, status = ?, next_attempt_at = ?"
                + " WHERE id = ?")
        .params(attempts, error, status.code(), Timestamp.from(nextAttemptAt), id)
        .update();
  }

  private static Message message(ResultSet row, int rowNumber) throws SQLException {
    Timestamp sent = row.getTimestamp("sent_at");
    return new Message(
        row.getLong("id"),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("body"),
        row.getTimestamp("created_at").toInstant(),
        OutboxStatus.fromCode(row.getString("status")),
        Optional.ofNullable(sent).map(Timestamp::toInstant),
        row.getInt("attempts"),
        Optional.ofNullable(row.getString("last_error")),
        row.getTimestamp("next_attempt_at").toInstant());
  }
}
