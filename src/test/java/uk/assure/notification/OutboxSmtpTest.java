package uk.assure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.letters.CouncilContacts;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.testing.Councils;

/**
 * The outbox sent through a real SMTP server (GreenMail, started here): a letter queued by a step
 * of an assessment arrives as written, and a message that cannot be sent while the server is down
 * keeps its error, waits, and goes once the server is back.
 */
@Tag("database")
@SpringBootTest
class OutboxSmtpTest {

  private static final GssCode STOCKTON =
      new GssCode(Councils.claim(OutboxSmtpTest.class, "E06000004"));
  private static final int PORT = freePort();
  private static GreenMail smtp;

  @Autowired OutboxSender sender;
  @Autowired EmailOutbox outbox;
  @Autowired CouncilContacts contacts;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void mailGoesToTheTestServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    // The test sends by hand, at the times it chooses; the schedule stays out of its way.
    registry.add("assure.mail.initial-delay", () -> "PT24H");
    registry.add("assure.mail.from", () -> "assure@cqc.example.org");
    registry.add("assure.base-url", () -> "https://assure.example.org");
  }

  @BeforeAll
  static void startTheMailServer() {
    smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopTheMailServer() {
    smtp.stop();
  }

  @Test
  void aLetterQueuedByAStepArrivesWithItsSubjectAndBody() throws Exception {
    contacts.add(
        STOCKTON, "dass", "Dana Director", "dass.letters@stockton.example.org", "DASS", "t");
    AssessmentId id =
        scoring.start(STOCKTON, ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), "t@example.org");
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", "lead@example.org");

    sendAll(Instant.now());

    MimeMessage letter = receivedBy("dass.letters@stockton.example.org").get(0);
    assertThat(letter.getSubject()).isEqualTo("Notice of assessment: Stockton-on-Tees");
    String body = ((String) letter.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith(
            "Dear colleague,\n\nThe Care Quality Commission will assess how Stockton-on-Tees")
        .contains("planned for a date we will confirm")
        .contains("https://assure.example.org/council/assessments/" + id);
    assertThat(letter.getFrom()[0].toString()).isEqualTo("assure@cqc.example.org");
    assertThat(status("dass.letters@stockton.example.org")).isEqualTo("sent");
  }

  @Test
  void whileTheServerIsDownAMessageKeepsItsErrorAndGoesOnceItIsBack() throws Exception {
    String to = "retry." + System.nanoTime() + "@example.org";
    smtp.stop();
    try {
      outbox.queue(to, "Try again", "Sent after a failure");
      Instant failedAt = Instant.now();
      sendAll(failedAt);

      EmailOutbox.Message waiting = message(to);
      assertThat(waiting.status()).isEqualTo(OutboxStatus.QUEUED);
      assertThat(waiting.attempts()).isEqualTo(1);
      assertThat(waiting.lastError()).hasValueSatisfying(e -> assertThat(e).contains("Mail"));
      assertThat(waiting.sentAt()).isEmpty();
      assertThat(waiting.nextAttemptAt()).isAfter(failedAt);
    } finally {
      smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }

    // Back, but the message waits for its next attempt rather than being tried at once.
    sendAll(Instant.now());
    assertThat(message(to).status()).isEqualTo(OutboxStatus.QUEUED);
    assertThat(receivedBy(to)).isEmpty();

    sendAll(Instant.now().plus(Duration.ofMinutes(2)));
    assertThat(message(to).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(message(to).attempts()).isEqualTo(2);
    List<MimeMessage> received = receivedBy(to);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).isEqualTo("Try again");
  }

  private void sendAll(Instant at) {
    for (int batch = 0; batch < 100 && sender.sendDue(at) > 0; batch++) {
      // Earlier tests may have left messages queued; send until none are due.
    }
  }

  private EmailOutbox.Message message(String to) {
    long id =
        jdbc.sql("SELECT id FROM email_outbox WHERE recipient = ?")
            .param(to)
            .query(Long.class)
            .single();
    return outbox.newest(1, 100_000).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }

  private String status(String to) {
    return jdbc.sql("SELECT status FROM email_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
        .param(to)
        .query(String.class)
        .single();
  }

  private static List<MimeMessage> receivedBy(String to) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
