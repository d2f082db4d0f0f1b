package uk.assure.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.casetracking.CaseNote;
import uk.assure.casetracking.CaseRecords;
import uk.assure.casetracking.domain.CaseRecord;
import uk.assure.casetracking.domain.Cohort;
import uk.assure.council.domain.GssCode;
import uk.assure.feedback.FeedbackRecords;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.feedback.domain.FeedbackRole;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.indicator.IndicatorEvidence;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.inforeturn.ReturnRecords;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.RequestItem;
import uk.assure.journey.AssessmentJourney;
import uk.assure.onsite.SessionRecords;
import uk.assure.onsite.domain.AttendeeRole;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionKind;
import uk.assure.onsite.domain.SessionNote;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** The scoring workbench: a statement's evidence from every source, and judging it. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchPagesTest {

  private static final String LIVERPOOL = Councils.claim(WorkbenchPagesTest.class, "E08000012");

  @TempDir Path folder;
  @Autowired MockMvc mvc;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired ScoringWorkbench workbench;
  @Autowired ReturnRecords returns;
  @Autowired CaseRecords cases;
  @Autowired FeedbackRecords feedback;
  @Autowired SessionRecords sessions;
  @Autowired IndicatorEvidence indicators;
  @Autowired IndicatorImports imports;
  @Autowired uk.assure.team.TeamFixture team;

  @Test
  void evidenceFromEverySourceAppearsUnderItsCategory() throws Exception {
    AssessmentId id = start(ScoringMethod.STATEMENT_LEVEL);
    Instant now = Instant.now();
    returns.askFromCatalogue(id);
    RequestItem asked =
        returns.asked(id).stream().filter(i -> !i.statements().isEmpty()).findFirst().orElseThrow();
    String statement = asked.statements().get(0);
    returns.addAnswer(
        id,
        new Answer(
            UUID.randomUUID(),
            asked.code(),
            1,
            AnswerKind.LINK,
            Optional.of(LocalDate.of(2026, 1, 5)),
            List.of(),
            Optional.empty(),
            Optional.of("https://example.org/liverpool-waiting-times"),
            Optional.empty(),
            "council@example.org",
            now));
    UUID list = UUID.randomUUID();
    cases.addList(
        id,
        new CaseRecords.CaseList(list, "cases.csv", 1, "council@example.org", now),
        List.of(
            new CaseRecord(
                "LIV-001",
                Cohort.AgeBand.AGE_65_74,
                Cohort.SupportReason.PHYSICAL,
                Cohort.Setting.OWN_HOME,
                false,
                false,
                false,
                true)));
    cases.addNote(
        list,
        new CaseNote(
            UUID.randomUUID(),
            "LIV-001",
            "Case note: waited eleven weeks for an assessment",
            EvidenceCategory.PEOPLE_EXPERIENCE,
            List.of(statement),
            "assessor@example.org",
            now));
    UUID said = UUID.randomUUID();
    feedback.add(
        new FeedbackRecords.Received(
            said,
            id,
            FeedbackRole.PARTNER,
            "The whole of what a partner said",
            true,
            Optional.empty(),
            UUID.randomUUID(),
            "hash",
            now));
    feedback.addTags(
        said,
        new FeedbackItem.Tags(
            List.of(statement),
            EvidenceCategory.FEEDBACK_PARTNERS,
            "Partner extract: referrals bounce between teams",
            "assessor@example.org",
            now));
    UUID session = UUID.randomUUID();
    sessions.add(
        id,
        new Session(
            session,
            SessionKind.INTERVIEW,
            "Interview with the Director",
            LocalDate.of(2026, 3, 2),
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            "Cunard Building",
            List.of(AttendeeRole.DIRECTOR),
            "A. Assessor",
            "lead@example.org",
            now));
    sessions.addNote(
        new SessionNote(
            UUID.randomUUID(),
            session,
            "On-site note: the director described a triage rota",
            EvidenceCategory.FEEDBACK_STAFF_LEADERS,
            List.of(statement),
            "assessor@example.org",
            now));

    String page =
        mvc.perform(
                get("/staff/assessments/" + id + "/statements/" + statement)
                    .with(user(TestUsers.withRole(Role.ASSESSOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    int people = page.indexOf("People&#39;s experience");
    int staff = page.indexOf(">Feedback from staff and leaders<");
    int partners = page.indexOf(">Feedback from partners<");
    int processes = page.indexOf(">Processes<");
    assertThat(people).isPositive();
    assertThat(page.indexOf("waited eleven weeks")).isBetween(people, staff);
    assertThat(page.indexOf("the director described a triage rota")).isBetween(staff, partners);
    assertThat(page.indexOf("referrals bounce between teams")).isBetween(partners, processes);
    assertThat(page).doesNotContain("The whole of what a partner said");
    assertThat(page.indexOf("https://example.org/liverpool-waiting-times"))
        .isGreaterThan(processes);
    assertThat(page).contains(asked.title().replace("'", "&#39;"));

    Path file = folder.resolve("liverpool.csv");
    Files.writeString(
        file,
        "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
            + "341,Liverpool,Local authority,E08000012,4A,Total,Outcome,66.4,4A\n",
        StandardCharsets.UTF_8);
    imports.importFile(IndicatorImports.Format.ASCOF, file, "l.csv", "2019-20", "test", r -> {});
    assertThat(indicators.link(id, "QS7", "ascof|4A|2019-20|Total", "test"))
        .isEqualTo(IndicatorEvidence.Outcome.LINKED);
    String safe =
        mvc.perform(
                get("/staff/assessments/" + id + "/statements/QS7")
                    .with(user(TestUsers.withRole(Role.PANEL))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(safe.indexOf("People who use services who feel safe"))
        .isGreaterThan(safe.indexOf(">Processes<"));
    assertThat(safe).contains("National data");
  }

  @Test
  void aScoreThatDepartsFromThePreviousDraftNeedsAReasonWhichIsKept() throws Exception {
    AssessmentId id = start(ScoringMethod.STATEMENT_LEVEL);
    String page = "/staff/assessments/" + id + "/statements/QS2";

    mvc.perform(judge(page, 0, 0).param("score", "3").param("rationale", "Good evidence"))
        .andExpect(status().is3xxRedirection());
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS2", 3);

    int version = assessments.findEditable(id).orElseThrow().version();
    mvc.perform(judge(page, version, 1).param("score", "2").param("rationale", "Shortfalls"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the reason for your professional")));
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS2", 3);
    assertThat(workbench.history(id, "QS2")).hasSize(1);

    mvc.perform(
            judge(page, version, 1)
                .param("score", "2")
                .param("rationale", "Shortfalls")
                .param("reason", "Waiting lists grew after the visit"))
        .andExpect(status().is3xxRedirection());
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS2", 2);
    assertThat(workbench.history(id, "QS2"))
        .last()
        .satisfies(
            j -> {
              assertThat(j.previous()).contains(3);
              assertThat(j.reason()).contains("Waiting lists grew after the visit");
            });

    // The same form sent again is stale: it changes nothing and says who saved first.
    mvc.perform(
            judge(page, version, 1)
                .param("score", "1")
                .param("rationale", "Worse")
                .param("reason", "Again"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Review them against the latest version")));
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS2", 2);
    assertThat(workbench.history(id, "QS2")).hasSize(2);
  }

  @Test
  void underTheEarlierMethodAJudgedScoreUnlikeTheCategoriesNeedsAReason() throws Exception {
    AssessmentId id = start(ScoringMethod.EVIDENCE_CATEGORY);
    String page = "/staff/assessments/" + id + "/statements/QS3";
    MockHttpServletRequestBuilder categories =
        judge(page, 0, 0)
            .param("categories[PEOPLE_EXPERIENCE]", "2")
            .param("categories[FEEDBACK_STAFF_LEADERS]", "2")
            .param("categories[FEEDBACK_PARTNERS]", "3")
            .param("categories[PROCESSES]", "2")
            .param("score", "4")
            .param("rationale", "Strong partnership working");

    mvc.perform(categories)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Category scores total 9 out of 16")))
        .andExpect(content().string(containsString("Enter the reason for your professional")));
    assertThat(assessments.find(id).orElseThrow().categoryScores()).isEmpty();

    mvc.perform(categories.param("reason", "Partners praised the new pathway"))
        .andExpect(status().is3xxRedirection());
    assertThat(assessments.find(id).orElseThrow().categoryScores().get("QS3"))
        .containsEntry("FEEDBACK_PARTNERS", 3);
    assertThat(workbench.history(id, "QS3"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.score()).contains(4);
              assertThat(j.derived()).contains(2);
            });
  }

  @Test
  void textIsShownEscapedAndCitationsMustBeOfListedEvidence() throws Exception {
    AssessmentId id = start(ScoringMethod.STATEMENT_LEVEL);
    String page = "/staff/assessments/" + id + "/statements/QS4";
    mvc.perform(
            judge(page, 0, 0)
                .param("score", "3")
                .param("rationale", "Fine <script>alert('x')</script>")
                .param("cited", "case-note:" + UUID.randomUUID()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Cite only evidence listed")));
    assertThat(workbench.history(id, "QS4")).isEmpty();

    mvc.perform(
            judge(page, 0, 0)
                .param("score", "3")
                .param("rationale", "Fine <script>alert('x')</script>"))
        .andExpect(status().is3xxRedirection());
    // Sent twice, the same judgement is recorded once.
    mvc.perform(
            judge(page, 0, 0)
                .param("score", "3")
                .param("rationale", "Fine <script>alert('x')</script>"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("notice", "workbench.unchanged"));
    assertThat(workbench.history(id, "QS4")).hasSize(1);
    mvc.perform(get(page).with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fine &lt;script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))));
  }

  @Test
  void councilUsersAndUnknownAddressesGetNothing() throws Exception {
    AssessmentId id = start(ScoringMethod.STATEMENT_LEVEL);
    mvc.perform(
            get("/staff/assessments/" + id + "/statements/QS1")
                .with(user(TestUsers.ofCouncil(LIVERPOOL))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString("Assessing needs"))));
    mvc.perform(
            get("/staff/assessments/" + id + "/statements/QS99")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/staff/assessments/not-an-id/statements/QS1")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isNotFound());
    mvc.perform(
            judge("/staff/assessments/" + id + "/statements/QS1", 0, 0)
                .with(user(TestUsers.withRole(Role.PANEL)))
                .param("score", "3")
                .param("rationale", "Panel cannot score here"))
        .andExpect(status().isForbidden());
    assertThat(workbench.history(id, "QS1")).isEmpty();
  }

  private AssessmentId start(ScoringMethod method) {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(LIVERPOOL),
            method,
            LocalDate.of(2026, 2, 2),
            "lead@x.org");
    team.withTestAssessors(id);
    return id;
  }

  private MockHttpServletRequestBuilder judge(String page, int version, int sequence) {
    return post(page)
        .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR)))
        .with(csrf())
        .param("version", String.valueOf(version))
        .param("sequence", String.valueOf(sequence));
  }
}
