package uk.assure.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Email waiting to go out. Features queue mail inside their own transaction, so a message exists
 * exactly when what it announces does; {@link OutboxSender} sends it when SMTP is configured, and
 * tries again later ({@link RetrySchedule}) when sending fails.
 */
@Service
public class EmailOutbox {

  /** The longest last error kept with a message. */
  static final int MAX_ERROR = 1000;

  /** One message, sent or not. */
  public record Message(
      long id,
      String recipient,
      String subject,
      String body,
      Instant createdAt,
      OutboxStatus status,
      Optional<Instant> sentAt,
      int attempts,
      Optional<String> lastError,
      Instant nextAttemptAt) {}

  private static final String COLUMNS =
      "id, recipient, subject, body, created_at, status, sent_at, attempts, last_error,"
          + " next_attempt_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  EmailOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Queues a message, to be sent as soon as the sender next runs. */
  public void queue(String recipient, String subject, String body) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "INSERT INTO email_outbox (recipient, subject, body, created_at, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(recipient, subject, body, now, now)
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
   * Claims the queued messages whose next attempt is due at {@code now}, for this sender until the
   * caller's transaction ends; another instance sending at the same time skips them rather than
   * sending them twice.
   */
  List<Message> claimDue(Instant now, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
        .params(Timestamp.from(now), limit)
        .query(EmailOutbox::message)
        .list();
  }

  void markSent(long id, Instant at) {
    jdbc.sql(
            "UPDATE email_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1"
                + " WHERE id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  /** Records a failed attempt: the message waits for its next attempt, or is given up. */
  void markFailed(Message message, String error, Instant at) {
    int attempts = message.attempts() + 1;
    Optional<Duration> wait = RetrySchedule.waitAfter(attempts);
    String kept = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    jdbc.sql(
            "UPDATE email_outbox SET attempts = ?, last_error = ?, status = ?, next_attempt_at = ?"
                + " WHERE id = ?")
        .params(
            attempts,
            kept,
            wait.isPresent() ? OutboxStatus.QUEUED.code() : OutboxStatus.FAILED.code(),
            Timestamp.from(wait.map(at::plus).orElse(at)),
            message.id())
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
        OutboxStatus.fromCode(row.getString("status")),
        Optional.ofNullable(sent).map(Timestamp::toInstant),
        row.getInt("attempts"),
        Optional.ofNullable(row.getString("last_error")),
        row.getTimestamp("next_attempt_at").toInstant());
  }
}
