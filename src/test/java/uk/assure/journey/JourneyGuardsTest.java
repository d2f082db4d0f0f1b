package uk.assure.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.DateKind;
import uk.assure.journey.domain.Deadlines;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.team.TeamFixture;
import uk.assure.testing.Councils;

/**
 * The regulator's order of things, enforced: one open assessment per council, withdrawing one, the
 * site visit's first day before the on-site stage, and each person shown only the moves they may
 * make.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class JourneyGuardsTest {

  private static final String ISLINGTON = Councils.claim(JourneyGuardsTest.class, "E09000019");

  private static final String WESTMINSTER = Councils.claim(JourneyGuardsTest.class, "E09000033");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired JourneyRecords records;
  @Autowired Deadlines deadlines;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired TeamFixture team;

  private final RequestPostProcessor lead = user(TestUsers.withRole(Role.LEAD_ASSESSOR));
  private AssessmentId id;

  @BeforeEach
  void islingtonHasAnOpenAssessment() {
    id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(ISLINGTON),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now().minusWeeks(10),
            "lead@example.org");
    team.withTestAssessors(id);
  }

  @Test
  void startingASecondAssessmentWhileOneIsOpenIsRefusedAndStartsNothing() throws Exception {
    long before = assessmentsOf(ISLINGTON);
    mvc.perform(
            post("/staff/assessments")
                .with(lead)
                .with(csrf())
                .param("council", ISLINGTON)
                .param("method", "2024-12")
                .param("day", "2")
                .param("month", "3")
                .param("year", "2026"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("already has an open assessment")));
    assertThat(assessmentsOf(ISLINGTON)).isEqualTo(before);
    assertThat(
            scoring.begin(
                new GssCode(ISLINGTON), ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), "x"))
        .isEqualTo(new AssessmentScoring.StartOutcome.AlreadyOpen(Optional.of(id)));
  }

  @Test
  void theDatabaseRefusesASecondOpenAssessmentOfACouncil() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        INSERT INTO assessments (id, council_gss, method, framework_version,
                                                 status, started_on)
                        VALUES (gen_random_uuid(), ?, '2024-12', '2025-01', 'in_progress', ?)
                        """)
                    .params(ISLINGTON, LocalDate.now())
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void twoPeopleStartingAnAssessmentOfTheSameCouncilAtOnceStartOnlyOne() throws Exception {
    assessments
        .openFor(new GssCode(WESTMINSTER))
        .ifPresent(open -> journey.withdraw(open, "Clearing the way", "lead@example.org"));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<AssessmentScoring.StartOutcome> start =
          () -> {
            go.await();
            return scoring.begin(
                new GssCode(WESTMINSTER),
                ScoringMethod.STATEMENT_LEVEL,
                LocalDate.now(),
                "lead@example.org");
          };
      List<Future<AssessmentScoring.StartOutcome>> starts = new ArrayList<>();
      starts.add(pool.submit(start));
      starts.add(pool.submit(start));
      go.countDown();
      List<AssessmentScoring.StartOutcome> outcomes = new ArrayList<>();
      for (Future<AssessmentScoring.StartOutcome> f : starts) {
        outcomes.add(f.get());
      }
      assertThat(outcomes)
          .filteredOn(o -> o instanceof AssessmentScoring.StartOutcome.Started)
          .hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> o instanceof AssessmentScoring.StartOutcome.AlreadyOpen)
          .hasSize(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aLeadWithdrawsWithAReasonAndTheAssessmentIsClosedKeptInHistoryAndTheCouncilTold()
      throws Exception {
    mvc.perform(get("/staff/assessments/" + id + "/withdraw").with(lead))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("closes the assessment for good")));
    withdraw("", false)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter why the assessment is being withdrawn")))
        .andExpect(content().string(containsString("Confirm that you understand")));
    assertThat(find().withdrawn()).isFalse();

    move("planned", "notified").andExpect(status().is3xxRedirection());
    assertThat(journey.at(Stage.NOTIFIED)).contains(id);
    withdraw("The council asked to postpone after a cyber attack", true)
        .andExpect(redirectedUrl("/staff/assessments/" + id));
    assertThat(journey.at(Stage.NOTIFIED)).doesNotContain(id);

    assertThat(find().withdrawn()).isTrue();
    assertThat(assessments.openFor(new GssCode(ISLINGTON))).isEmpty();
    assertThat(assessments.findEditable(id)).isEmpty();
    assertThat(events.stream(AssessmentWithdrawn.class).filter(e -> e.id().equals(id)))
        .containsExactly(
            new AssessmentWithdrawn(
                id,
                ISLINGTON,
                "The council asked to postpone after a cyber attack",
                "lead-assessor@example.org"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_events WHERE action = 'assessment_withdrawn'"
                        + " AND subject_id = ?")
                .param(id.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/staff/assessments/" + id).with(lead))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The council asked to postpone")))
        .andExpect(content().string(containsString(">Withdrawn<")))
        .andExpect(content().string(not(containsString("Move to another step"))))
        .andExpect(content().string(not(containsString("Withdraw the assessment</a>"))));

    mvc.perform(get("/council/assessments/" + id).with(user(TestUsers.ofCouncil(ISLINGTON))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("withdrawn before publication: The council")));

    // Closed: no further moves, dates or second withdrawal.
    move("notified", "information_return")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("was withdrawn, so it cannot move")));
    assertThat(journey.state(find()).moves()).hasSize(1);
    withdraw("Again", true)
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("already been withdrawn")));
    assertThat(
            journey.setSiteVisit(id, LocalDate.now().plusWeeks(10), "lead@example.org")
                instanceof AssessmentJourney.DateOutcome.Refused)
        .isTrue();

    // No longer open: the council's next assessment can start.
    assertThat(
            scoring.begin(
                new GssCode(ISLINGTON), ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), "x"))
        .isInstanceOf(AssessmentScoring.StartOutcome.Started.class);
  }

  @Test
  void onlyLeadsReachTheWithdrawForm() throws Exception {
    for (Role role : List.of(Role.ASSESSOR, Role.PANEL, Role.ANALYST)) {
      mvc.perform(
              get("/staff/assessments/" + id + "/withdraw").with(user(TestUsers.withRole(role))))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/staff/assessments/" + id + "/withdraw")
                  .with(user(TestUsers.withRole(role)))
                  .with(csrf())
                  .param("reason", "Not mine to withdraw")
                  .param("confirmed", "true"))
          .andExpect(status().isForbidden());
    }
    assertThat(find().withdrawn()).isFalse();
  }

  @Test
  void theJourneyPageShowsEachPersonOnlyTheMovesTheyMayMake() throws Exception {
    for (Role role : Role.values()) {
      if (role == Role.COUNCIL) {
        continue;
      }
      boolean leads = role == Role.LEAD_ASSESSOR || role == Role.ADMIN;
      String page =
          mvc.perform(get("/staff/assessments/" + id).with(user(TestUsers.withRole(role))))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page.contains("/staff/assessments/" + id + "/stage\""))
          .as(role.code() + " sees the move form")
          .isEqualTo(leads);
      assertThat(page.contains("/staff/assessments/" + id + "/withdraw\""))
          .as(role.code() + " sees withdraw")
          .isEqualTo(leads);
      assertThat(page.contains("/staff/assessments/" + id + "/site-visit\""))
          .as(role.code() + " sees the site visit form")
          .isEqualTo(leads);
    }
  }

  @Test
  void theOnSiteStageWaitsForTheSiteVisitsFirstDay() throws Exception {
    move("planned", "notified");
    move("notified", "information_return");
    move("information_return", "evidence_gathering");
    LocalDate visit = LocalDate.now().plusWeeks(7);
    while (!deadlines.workingDays().isWorkingDay(visit)) {
      visit = visit.plusDays(1);
    }
    assertThat(journey.setSiteVisit(id, visit, "lead@example.org"))
        .isInstanceOf(AssessmentJourney.DateOutcome.Set.class);
    move("evidence_gathering", "on_site")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("before the site visit")));
    assertThat(journey.state(find()).stage()).isEqualTo(Stage.EVIDENCE_GATHERING);

    // The visit brought forward to today (as if set with due notice weeks ago): it has begun.
    records.addDateChange(
        id,
        new DateChange(
            DateKind.SITE_VISIT,
            LocalDate.now(),
            "lead@example.org",
            Instant.now().minus(Duration.ofDays(60)),
            Optional.empty()));
    move("evidence_gathering", "on_site").andExpect(status().is3xxRedirection());
    assertThat(journey.state(find()).stage()).isEqualTo(Stage.ON_SITE);
  }

  @Test
  void anExtendedDueDateIsKeptWithItsReasonAndShownEvenAfterStaffMoveOn() throws Exception {
    move("planned", "notified");
    move("notified", "information_return");
    move("information_return", "evidence_gathering");
    LocalDate due = journey.state(find()).informationReturnDue().orElseThrow();
    LocalDate later = due.plusWeeks(1);
    mvc.perform(
            post("/staff/assessments/" + id + "/information-return/due")
                .with(lead)
                .with(csrf())
                .param("day", String.valueOf(later.getDayOfMonth()))
                .param("month", String.valueOf(later.getMonthValue()))
                .param("year", String.valueOf(later.getYear()))
                .param("reason", "Their systems were down for a week"))
        .andExpect(status().is3xxRedirection());
    assertThat(journey.state(find()).informationReturnDue()).contains(later);
    assertThat(journey.state(find()).informationReturnOpen()).isTrue();
    mvc.perform(get("/staff/assessments/" + id).with(lead))
        .andExpect(content().string(containsString("Their systems were down for a week")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Information return due date moved to "
                            + later.format(
                                java.time.format.DateTimeFormatter.ofPattern(
                                    "d MMMM yyyy", java.util.Locale.UK)))));
  }

  private ResultActions move(String seen, String to) throws Exception {
    return mvc.perform(
        post("/staff/assessments/" + id + "/stage")
            .with(lead)
            .with(csrf())
            .param("seen", seen)
            .param("to", to)
            // Seen: the unanswered required requests listed before leaving the information return.
            .param("acknowledged", "true"));
  }

  private ResultActions withdraw(String reason, boolean confirmed) throws Exception {
    var request =
        post("/staff/assessments/" + id + "/withdraw")
            .with(lead)
            .with(csrf())
            .param("reason", reason);
    if (confirmed) {
      request = request.param("confirmed", "true");
    }
    return mvc.perform(request);
  }

  private Assessment find() {
    return assessments.find(id).orElseThrow();
  }

  private long assessmentsOf(String gss) {
    return jdbc.sql("SELECT count(*) FROM assessments WHERE council_gss = ?")
        .param(gss)
        .query(Long.class)
        .single();
  }
}
