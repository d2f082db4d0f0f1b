package uk.assure.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.WorkingDays;
import uk.assure.publication.PublicationFixture;
import uk.assure.publication.PublicationTestSupport;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.testing.Councils;

/** Reminders of due dates: three working days ahead and once when passed, each sent once. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@Import(PublicationTestSupport.Config.class)
class DueDateRemindersTest {

  // A council each, as every contact of a council hears about each of its assessments.
  private static final GssCode REDCAR =
      new GssCode(Councils.claim(DueDateRemindersTest.class, "E06000003"));
  private static final GssCode DARLINGTON =
      new GssCode(Councils.claim(DueDateRemindersTest.class, "E06000005"));
  private static final GssCode HALTON =
      new GssCode(Councils.claim(DueDateRemindersTest.class, "E06000006"));
  private static final String LEAD = PublicationTestSupport.LEAD;

  @Autowired PublicationFixture publicationFixture;
  @Autowired DueDateReminders reminders;
  @Autowired CouncilContacts contacts;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired FactualAccuracy factualAccuracy;
  @Autowired JdbcClient jdbc;

  @Test
  void theInformationReturnIsRemindedOfThreeWorkingDaysAheadAndOnceOverdue() {
    String contact = contact(REDCAR);
    AssessmentId id = scoring.start(REDCAR, ScoringMethod.STATEMENT_LEVEL, journey.today(), LEAD);
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", LEAD);
    journey.move(id, Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", LEAD);
    LocalDate due = journey.state(find(id)).informationReturnDue().orElseThrow();

    reminders.remind(workingDaysBefore(due, 4));
    assertThat(subjects(contact)).noneMatch(s -> s.startsWith("Reminder"));

    LocalDate threeAhead = workingDaysBefore(due, 3);
    reminders.remind(threeAhead);
    reminders.remind(threeAhead);
    reminders.remind(workingDaysBefore(due, 1));
    String reminder =
        "Reminder: information return due "
            + LetterTriggers.DATE.format(due)
            + ": Redcar and"
            + " Cleveland";
    assertThat(subjects(contact)).filteredOn(reminder::equals).hasSize(1);
    assertThat(body(contact, "Reminder%")).contains("in 3 working days");

    reminders.remind(due.plusDays(1));
    reminders.remind(due.plusDays(8));
    assertThat(subjects(contact))
        .filteredOn("Information return overdue: Redcar and Cleveland"::equals)
        .hasSize(1);
  }

  @Test
  void twoInstancesRemindingAtOnceSendOneReminder() throws Exception {
    String contact = contact(DARLINGTON);
    AssessmentId id =
        scoring.start(DARLINGTON, ScoringMethod.STATEMENT_LEVEL, journey.today(), LEAD);
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", LEAD);
    journey.move(id, Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", LEAD);
    LocalDate overdue = journey.state(find(id)).informationReturnDue().orElseThrow().plusDays(2);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return reminders.remind(overdue);
                }));
      }
      start.countDown();
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(subjects(contact))
        .filteredOn("Information return overdue: Darlington"::equals)
        .hasSize(1);
  }

  @Test
  void theFactualAccuracyCheckIsRemindedUntilTheCouncilSubmits() {
    String contact = contact(HALTON);
    AssessmentId id = publicationFixture.atDraftReport(HALTON, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    journey.move(id, Stage.DRAFT_REPORT, Stage.FACTUAL_ACCURACY, "", LEAD);
    LocalDate due = factualAccuracy.check(id).orElseThrow().draft().dueOn();

    reminders.remind(workingDaysBefore(due, 2));
    assertThat(body(contact, "Reminder: factual accuracy comments due%"))
        .contains("due by " + LetterTriggers.DATE.format(due) + ", in 2 working days")
        .contains("/council/assessments/" + id + "/factual-accuracy");

    factualAccuracy.submit(find(id), 1, "council@example.org");
    reminders.remind(due.plusDays(1));
    assertThat(subjects(contact)).noneMatch(s -> s.startsWith("Factual accuracy check closed"));
  }

  private Assessment find(AssessmentId id) {
    return assessments.find(id).orElseThrow();
  }

  private LocalDate workingDaysBefore(LocalDate due, int count) {
    WorkingDays days = journey.deadlines().workingDays();
    LocalDate day = due;
    while (days.between(day, due) < count) {
      day = day.minusDays(1);
    }
    return day;
  }

  private String contact(GssCode council) {
    String email = "contact." + UUID.randomUUID() + "@council.example.org";
    contacts.add(council, "assessment_contact", "Rita Contact", email, "", "t@example.org");
    return email;
  }

  private List<String> subjects(String to) {
    return new SentLetters(jdbc).subjects(to);
  }

  private String body(String to, String subjectLike) {
    return new SentLetters(jdbc).body(to, subjectLike);
  }
}
