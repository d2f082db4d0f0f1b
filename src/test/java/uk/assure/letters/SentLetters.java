package uk.assure.letters;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the outbox holds for one address, as the letters tests read it. */
final class SentLetters {

  private final JdbcClient jdbc;

  SentLetters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The subjects of every message to the address, oldest first. */
  List<String> subjects(String to) {
    return jdbc.sql("SELECT subject FROM email_outbox WHERE recipient = ? ORDER BY id")
        .param(to)
        .query(String.class)
        .list();
  }

  /** The body of the newest message to the address whose subject is like the pattern. */
  String body(String to, String subjectLike) {
    return jdbc.sql(
            "SELECT body FROM email_outbox WHERE recipient = ? AND subject LIKE ?"
                + " ORDER BY id DESC LIMIT 1")
        .params(to, subjectLike)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new AssertionError("No letter like " + subjectLike + " to " + to));
  }
}
