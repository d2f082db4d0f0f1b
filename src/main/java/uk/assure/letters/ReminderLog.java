package uk.assure.letters;

import java.time.Instant;
import java.time.LocalDate;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.letters.domain.LetterKind;

/** The reminders already sent, so each goes once, however many instances are running. */
public interface ReminderLog {

  /**
   * Claims a reminder for this transaction: true for the one caller that records it first, false
   * for every other (another instance waiting on the same row gets false once the first commits).
   */
  boolean claim(AssessmentId assessment, LetterKind kind, LocalDate dueOn, Instant at);
}
