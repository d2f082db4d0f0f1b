package uk.assure.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private final OutboxRecords records;
  private final Clock clock;

  EmailOutbox(OutboxRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** Queues a message, to be sent as soon as the sender next runs. */
  public void queue(String recipient, String subject, String body) {
    records.add(recipient, subject, body, clock.instant());
  }

  /** The newest messages first, a page at a time. */
  public List<Message> newest(int page, int pageSize) {
    return records.newest(pageSize, (long) Math.max(0, page - 1) * pageSize);
  }

  public long count() {
    return records.count();
  }

  /** How many messages to this recipient with this subject were queued after {@code since}. */
  public int countQueued(String recipient, String subject, Instant since) {
    return records.countQueued(recipient, subject, since);
  }

  /**
   * Claims the queued messages whose next attempt is due at {@code now}, for this sender until the
   * caller's transaction ends; another instance sending at the same time skips them rather than
   * sending them twice.
   */
  List<Message> claimDue(Instant now, int limit) {
    return records.claimDue(now, limit);
  }

  void markSent(long id, Instant at) {
    records.markSent(id, at);
  }

  /** Records a failed attempt: the message waits for its next attempt, or is given up. */
  void markFailed(Message message, String error, Instant at) {
    int attempts = message.attempts() + 1;
    Optional<Duration> wait = RetrySchedule.waitAfter(attempts);
    String kept = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    records.markFailed(
        message.id(),
        attempts,
        kept,
        wait.isPresent() ? OutboxStatus.QUEUED : OutboxStatus.FAILED,
        wait.map(at::plus).orElse(at));
  }
}
