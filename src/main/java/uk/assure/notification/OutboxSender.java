package uk.assure.notification;

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
 * outbox simply fills, and administrators read it in the staff area.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final EmailOutbox outbox;
  private final JavaMailSender mail;
  private final String from;

  OutboxSender(
      EmailOutbox outbox,
      JavaMailSender mail,
      @Value("${assure.mail.from:assure@localhost}") String from) {
    this.outbox = outbox;
    this.mail = mail;
    this.from = from;
  }

  @Scheduled(fixedDelayString = "${assure.mail.interval:PT30S}")
  @Transactional
  public void sendWaiting() {
    for (EmailOutbox.Message message : outbox.claimUnsent(50)) {
      SimpleMailMessage email = new SimpleMailMessage();
      email.setFrom(from);
      email.setTo(message.recipient());
      email.setSubject(message.subject());
      email.setText(message.body());
      try {
        mail.send(email);
        outbox.markSent(message.id());
      } catch (RuntimeException e) {
        log.warn("Could not send email {} to its recipient", message.id(), e);
        outbox.markFailed(message.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
