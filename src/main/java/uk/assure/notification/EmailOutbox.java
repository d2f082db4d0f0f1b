package uk.assure.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Email waiting to go out. Features queue mail inside their own transaction, so a message exists
 * exactly when what it announces does; {@link OutboxSender} sends it when SMTP is configured.
 */
@Service
public class EmailOutbox {

  /** One message, sent or not. */
  public record Message(
      long id,
      String recipient,
      String subject,
      String body,
      Instant createdAt,
      Optional<Instant> sentAt,
      int attempts,
      Optional<String> lastError) {}

  private static final String COLUMNS =
      "id, recipient, subject, body, created_at, sent_at, attempts, last_error";

  private final JdbcClient jdbc;
  private final Clock clock;

  EmailOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void queue(String recipient, String subject, String body) {
    jdbc.sql("INSERT INTO email_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
        .params(recipient, subject, body, Timestamp.from(clock.instant()))
        .update();
  }

  /** The newest messages first, a page at a time. */
  public List<Message> newest(int page, int pageSize) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM email_outbox ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(pageSize, (long) Math.max(0, page - 1) * pageSize)
        .query(EmailOutbox::message)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM email_outbox").query(Long.class).single();
  }

  /**
   * Claims unsent messages for this sender until the caller's transaction ends; another instance
   * sending at the same time skips them rather than sending them twice.
   */
  List<Message> claimUnsent(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM email_outbox WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")
        .param(limit)
        .query(EmailOutbox::message)
        .list();
  }

  void markSent(long id) {
    jdbc.sql("UPDATE email_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
        .params(Timestamp.from(clock.instant()), id)
        .update();
  }

  void markFailed(long id, String error) {
    jdbc.sql("UPDATE email_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
        .params(error, id)
        .update();
  }

  private static Message message(java.sql.ResultSet row, int rowNumber)
      throws java.sql.SQLException {
    Timestamp sent = row.getTimestamp("sent_at");
    return new Message(
        row.getLong("id"),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("body"),
        row.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(sent).map(Timestamp::toInstant),
        row.getInt("attempts"),
        Optional.ofNullable(row.getString("last_error")));
  }
}
