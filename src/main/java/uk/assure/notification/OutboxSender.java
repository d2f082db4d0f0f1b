package uk.assure.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends queued email through SMTP, when {@code spring.mail.host} is configured. Without it the
 * outbox simply fills, and administrators read it in the staff area. A message that cannot be sent
 * keeps its error and is tried again later ({@link RetrySchedule}).
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  private final EmailOutbox outbox;
  private final JavaMailSender mail;
  private final Clock clock;
  private final String from;

  OutboxSender(
      EmailOutbox outbox,
      JavaMailSender mail,
      Clock clock,
      @Value("${assure.mail.from:assure@localhost}") String from) {
    this.outbox = outbox;
    this.mail = mail;
    this.clock = clock;
    this.from = from;
  }

  @Scheduled(
      initialDelayString = "${assure.mail.initial-delay:PT10S}",
      fixedDelayString = "${assure.mail.interval:PT30S}")
  @Transactional
  public void sendWaiting() {
    sendDue(clock.instant());
  }

  /**
   * Tries to send a batch of the messages due at {@code now}; how many were tried (sent or not), so
   * a caller can go on until none are left.
   */
  @Transactional
  public int sendDue(Instant now) {
    int tried = 0;
    for (EmailOutbox.Message message : outbox.claimDue(now, BATCH)) {
      SimpleMailMessage email = new SimpleMailMessage();
      email.setFrom(from);
      email.setTo(message.recipient());
      email.setSubject(message.subject());
      email.setText(message.body());
      tried++;
      try {
        mail.send(email);
        outbox.markSent(message.id(), now);
      } catch (RuntimeException e) {
        log.warn("Could not send email {} to its recipient", message.id(), e);
        outbox.markFailed(message, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
      }
    }
    return tried;
  }
}
