package uk.assure.notification;

import java.time.Instant;
import java.util.List;

/** The email outbox as stored. */
public interface OutboxRecords {

  /** Stores a queued message whose first attempt is due when it is created. */
  void add(String recipient, String subject, String body, Instant createdAt);

  /** The newest messages first, skipping {@code offset} and at most {@code limit}. */
  List<EmailOutbox.Message> newest(int limit, long offset);

  long count();

  /** How many messages to this recipient with this subject were queued after {@code since}. */
  int countQueued(String recipient, String subject, Instant since);

  /**
   * Claims up to {@code limit} queued messages whose next attempt is due at {@code now}, locked
   * until the caller's transaction ends and skipped by anyone else claiming at the same time.
   */
  List<EmailOutbox.Message> claimDue(Instant now, int limit);

  void markSent(long id, Instant at);

  /** Records a failed attempt: how many attempts so far, the error, the new status and next try. */
  void markFailed(long id, int attempts, String error, OutboxStatus status, Instant nextAttemptAt);
}
