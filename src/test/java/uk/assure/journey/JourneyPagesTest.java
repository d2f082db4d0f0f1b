package uk.assure.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.domain.Deadlines;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Moving an assessment through its journey from the staff pages, and what the council sees. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class JourneyPagesTest {

  private static final String LEWISHAM = Councils.claim(JourneyPagesTest.class, "E09000023");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired Deadlines deadlines;
  @Autowired JdbcClient jdbc;
  @Autowired uk.assure.team.TeamFixture team;

  private AssessmentId id;
  private final RequestPostProcessor lead = user(TestUsers.withRole(Role.LEAD_ASSESSOR));

  @BeforeEach
  void anAssessmentOfLewishamIsPlanned() {
    id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(LEWISHAM),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now(),
            "t@example.org");
    team.withTestAssessors(id);
  }

  @Test
  void aLeadAssessorMovesTheAssessmentOnAndTheTimelineAndAuditSayWhoDidIt() throws Exception {
    move("planned", "notified", "").andExpect(redirectedUrl("/staff/assessments/" + id));
    move("notified", "information_return", "").andExpect(status().is3xxRedirection());

    LocalDate due = LocalDate.now().plusWeeks(3);
    mvc.perform(get("/staff/assessments/" + id).with(lead))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Now at: Information return open")))
        .andExpect(content().string(containsString("Moved to Council notified")))
        .andExpect(content().string(containsString("lead-assessor@example.org")))
        .andExpect(
            content()
                .string(
                    containsString(
                        due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")))));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_events WHERE action = 'state_changed' AND subject_id = ?")
                .param(id.toString())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void skippingAStepOrReopeningWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
    move("planned", "scoring", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("one step at a time")));
    move("planned", "notified", "").andExpect(status().is3xxRedirection());
    mvc.perform(get("/staff/assessments/" + id + "/stage").with(lead))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Move on to Information return open")))
        .andExpect(content().string(containsString("Reopen Planned")));
    move("notified", "planned", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Reopen Planned")))
        .andExpect(content().string(containsString("Enter a reason for reopening")));
    assertThat(stage()).isEqualTo(Stage.NOTIFIED);

    move("notified", "planned", "Wrong director named <script>alert(1)</script>")
        .andExpect(status().is3xxRedirection());
    assertThat(stage()).isEqualTo(Stage.PLANNED);
    mvc.perform(get("/staff/assessments/" + id).with(lead))
        .andExpect(content().string(containsString("Reopened Planned")))
        .andExpect(content().string(containsString("&lt;script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))));
  }

  @Test
  void aMoveMadeFromAStaleViewOrSubmittedTwiceIsRefusedWithAConflict() throws Exception {
    move("planned", "notified", "").andExpect(status().is3xxRedirection());
    move("planned", "notified", "")
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else moved this assessment")));
    assertThat(journey.state(scoringFind()).moves()).hasSize(1);
  }

  @Test
  void onlyLeadAssessorsAndAdministratorsMoveAssessments() throws Exception {
    mvc.perform(
            post("/staff/assessments/" + id + "/stage")
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf())
                .param("seen", "planned")
                .param("to", "notified"))
        .andExpect(status().isForbidden());
    assertThat(stage()).isEqualTo(Stage.PLANNED);
  }

  @Test
  void theSiteVisitNeedsSixWeeksNoticeAndGoingOnSiteNeedsItsDateToHaveCome() throws Exception {
    siteVisit(workingDayFrom(LocalDate.now().plusWeeks(5)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("at least 6 weeks from today")));
    siteVisit(LocalDate.now().plusDays(3).withDayOfMonth(1).minusYears(1))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/staff/assessments/" + id + "/site-visit")
                .with(lead)
                .with(csrf())
                .param("day", "31")
                .param("month", "2")
                .param("year", "2027"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("must be a real date")));

    move("planned", "notified", "");
    move("notified", "information_return", "");
    move("information_return", "evidence_gathering", "");
    move("evidence_gathering", "on_site", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Set the site visit date")));

    siteVisit(workingDayFrom(LocalDate.now().plusWeeks(7))).andExpect(status().is3xxRedirection());
    // The date is set, but the on-site stage waits for the visit's first day.
    move("evidence_gathering", "on_site", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("before the site visit")));
    mvc.perform(get("/staff/assessments/" + id).with(lead))
        .andExpect(content().string(containsString("Less than 8 weeks")));
  }

  @Test
  void anEmptyDateFormSaysWhatIsMissingAndChangesNothing() throws Exception {
    mvc.perform(post("/staff/assessments/" + id + "/site-visit").with(lead).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the date")));
    mvc.perform(
            post("/staff/assessments/" + id + "/information-return/due").with(lead).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the date")));
    assertThat(
            jdbc.sql("SELECT site_visit_on FROM assessments WHERE id = ?::uuid")
                .param(id.toString())
                .query(LocalDate.class)
                .optional())
        .isEmpty();
  }

  @Test
  void theCouncilSeesItsOwnAssessmentsStepAndDueDateButNotAnotherCouncils() throws Exception {
    move("planned", "notified", "");
    move("notified", "information_return", "");
    mvc.perform(get("/council/assessments/" + id).with(user(TestUsers.ofCouncil(LEWISHAM))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Information return due")))
        .andExpect(content().string(not(containsString("lead-assessor@example.org"))));
    mvc.perform(get("/council/assessments/" + id).with(user(TestUsers.ofCouncil(TestUsers.CAMDEN))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/council/assessments/not-an-id").with(user(TestUsers.ofCouncil(LEWISHAM))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theShippedBankHolidaysSkipChristmasTwentyTwentySix() {
    assertThat(deadlines.factualAccuracyDue(LocalDate.of(2026, 12, 18)).date())
        .isEqualTo(LocalDate.of(2027, 1, 6));
  }

  private ResultActions move(String seen, String to, String reason) throws Exception {
    return mvc.perform(
        post("/staff/assessments/" + id + "/stage")
            .with(lead)
            .with(csrf())
            .param("seen", seen)
            .param("to", to)
            .param("reason", reason)
            // Seen: the unanswered required requests listed before leaving the information return.
            .param("acknowledged", "true"));
  }

  private ResultActions siteVisit(LocalDate on) throws Exception {
    return mvc.perform(
        post("/staff/assessments/" + id + "/site-visit")
            .with(lead)
            .with(csrf())
            .param("day", String.valueOf(on.getDayOfMonth()))
            .param("month", String.valueOf(on.getMonthValue()))
            .param("year", String.valueOf(on.getYear())));
  }

  private LocalDate workingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (!deadlines.workingDays().isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private Stage stage() {
    return journey.state(scoringFind()).stage();
  }

  private uk.assure.assessment.domain.Assessment scoringFind() {
    return assessments.find(id).orElseThrow();
  }

  @Autowired uk.assure.assessment.AssessmentRecords assessments;
}
