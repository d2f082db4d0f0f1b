package uk.assure.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.ReminderRule;

/**
 * Reminds councils of their due dates: the information return and the factual accuracy check, a set
 * number of working days before each ({@code assure.letters.reminder-working-days}, 3 unless set)
 * and once when it has passed. Each reminder is claimed in {@link ReminderLog} in the transaction
 * that queues it, so it goes once even with several instances running.
 */
@Component
class DueDateReminders {

  private static final Logger log = LoggerFactory.getLogger(DueDateReminders.class);

  private final AssessmentJourney journey;
  private final AssessmentRecords assessments;
  private final FactualAccuracy factualAccuracy;
  private final ReminderLog reminders;
  private final Letters letters;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int daysBefore;

  DueDateReminders(
      AssessmentJourney journey,
      AssessmentRecords assessments,
      FactualAccuracy factualAccuracy,
      ReminderLog reminders,
      Letters letters,
      TransactionTemplate transaction,
      Clock clock,
      @Value(
              "${assure.letters.reminder-working-days:"
                  + ReminderRule.DEFAULT_WORKING_DAYS_BEFORE
                  + "}")
          int daysBefore) {
    if (daysBefore < 1) {
      throw new IllegalArgumentException(
          "assure.letters.reminder-working-days must be at least 1, not " + daysBefore);
    }
    this.journey = journey;
    this.assessments = assessments;
    this.factualAccuracy = factualAccuracy;
    this.reminders = reminders;
    this.letters = letters;
    this.transaction = transaction;
    this.clock = clock;
    this.daysBefore = daysBefore;
  }

  @Scheduled(
      initialDelayString = "${assure.letters.reminder-delay:PT1M}",
      fixedDelayString = "${assure.letters.reminder-interval:PT1H}")
  void remindToday() {
    int sent = remind(LocalDate.now(clock));
    if (sent > 0) {
      log.info("Queued {} due date reminders", sent);
    }
  }

  /** Queues every reminder due on {@code today} that has not been sent; how many were queued. */
  int remind(LocalDate today) {
    int sent = 0;
    for (AssessmentId id : journey.at(Stage.INFORMATION_RETURN)) {
      sent += each(id, () -> remindInformationReturn(id, today));
    }
    for (AssessmentId id : journey.at(Stage.FACTUAL_ACCURACY)) {
      sent += each(id, () -> remindFactualAccuracy(id, today));
    }
    return sent;
  }

  /** One assessment's reminders; a failure is logged and the other assessments still reminded. */
  private static int each(AssessmentId id, java.util.function.IntSupplier reminder) {
    try {
      return reminder.getAsInt();
    } catch (RuntimeException e) {
      log.error("Could not remind the council of assessment {} of its due date", id, e);
      return 0;
    }
  }

  private int remindInformationReturn(AssessmentId id, LocalDate today) {
    Optional<Assessment> assessment = assessments.find(id);
    Optional<LocalDate> due = assessment.flatMap(a -> journey.state(a).informationReturnDue());
    if (due.isEmpty()) {
      return 0;
    }
    return remind(
        assessment.get(),
        due.get(),
        today,
        LetterKind.INFORMATION_RETURN_REMINDER,
        LetterKind.INFORMATION_RETURN_OVERDUE,
        "/information-return");
  }

  private int remindFactualAccuracy(AssessmentId id, LocalDate today) {
    Optional<Assessment> assessment = assessments.find(id);
    Optional<FactualAccuracyCheck> check = factualAccuracy.check(id);
    if (assessment.isEmpty() || check.isEmpty() || check.get().submission().isPresent()) {
      return 0;
    }
    return remind(
        assessment.get(),
        check.get().draft().dueOn(),
        today,
        LetterKind.FACTUAL_ACCURACY_REMINDER,
        LetterKind.FACTUAL_ACCURACY_OVERDUE,
        "/factual-accuracy");
  }

  private int remind(
      Assessment assessment,
      LocalDate dueOn,
      LocalDate today,
      LetterKind before,
      LetterKind passed,
      String page) {
    Optional<ReminderRule.Due> due =
        ReminderRule.due(dueOn, today, journey.deadlines().workingDays(), daysBefore);
    if (due.isEmpty()) {
      return 0;
    }
    LetterKind kind = due.get().moment() == ReminderRule.Moment.BEFORE ? before : passed;
    Integer queued =
        transaction.execute(
            status -> {
              if (!reminders.claim(assessment.id(), kind, dueOn, clock.instant())) {
                return 0;
              }
              letters.send(
                  kind,
                  assessment.id(),
                  assessment.council(),
                  "/council/assessments/" + assessment.id() + page,
                  kind == before
                      ? Map.of(
                          "dueDate",
                          LetterTriggers.DATE.format(dueOn),
                          "workingDays",
                          Integer.toString(due.get().workingDaysLeft()))
                      : Map.of("dueDate", LetterTriggers.DATE.format(dueOn)));
              return 1;
            });
    return queued == null ? 0 : queued;
  }
}
