package uk.assure.letters.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.letters.ReminderLog;
import uk.assure.letters.domain.LetterKind;

@Repository
class JdbcReminderLog implements ReminderLog {

  private final JdbcClient jdbc;

  JdbcReminderLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean claim(AssessmentId assessment, LetterKind kind, LocalDate dueOn, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO letter_reminders (assessment_id, kind, due_on, sent_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            .params(assessment.value(), kind.code(), Date.valueOf(dueOn), Timestamp.from(at))
            .update()
        == 1;
  }
}
