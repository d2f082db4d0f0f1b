package uk.assure.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;
import uk.assure.security.TestUsers;
import uk.assure.security.UserAccounts;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;
import uk.assure.team.domain.TeamRole;
import uk.assure.testing.Councils;

/** Keeping an assessment's team, conflicts of interest, and each person's own assessments. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class TeamPagesTest {

  private static final String HACKNEY = Councils.claim(TeamPagesTest.class, "E09000012");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentTeams teams;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentJourney journey;

  private AssureUser lead;
  private AssureUser assessor;
  private AssureUser external;
  private AssessmentId assessment;
  private String page;

  @BeforeEach
  void aLeadWhoStartsAnAssessmentOfHackney() throws Exception {
    lead = account(Role.LEAD_ASSESSOR);
    assessor = account(Role.ASSESSOR);
    external = account(Role.ASSESSOR);
    teams.setExternal(external.id(), true, "admin@example.org");
    AssessmentFixture.noneOpen(assessments, journey, new GssCode(HACKNEY));
    MvcResult started =
        mvc.perform(
                post("/staff/assessments")
                    .with(user(lead))
                    .with(csrf())
                    .param("council", HACKNEY)
                    .param("method", ScoringMethod.STATEMENT_LEVEL.code())
                    .param("day", "1")
                    .param("month", "6")
                    .param("year", String.valueOf(LocalDate.now().getYear())))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String overview = started.getResponse().getRedirectedUrl();
    assessment =
        new AssessmentId(UUID.fromString(overview.substring(overview.lastIndexOf('/') + 1)));
    page = overview + "/team";
  }

  @Test
  void theLeadAssessorWhoStartsAnAssessmentLeadsItAndOthersFindNothing() throws Exception {
    assertThat(teams.team(assessment).lead().map(m -> m.person().id())).contains(lead.id());
    mvc.perform(get("/staff/assessments/" + assessment).with(user(lead)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/team")));
    mvc.perform(get(page).with(user(assessor))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(account(Role.LEAD_ASSESSOR)))).andExpect(status().isNotFound());
  }

  @Test
  void theLeadAddsAndRemovesPeopleAndEachChangeIsAudited() throws Exception {
    long audited = audited("team_member_added");
    add(assessor, "assessor").andExpect(status().is3xxRedirection());
    add(external, "external_reviewer").andExpect(status().is3xxRedirection());
    assertThat(teams.team(assessment).members())
        .extracting(m -> m.role())
        .containsExactlyInAnyOrder(TeamRole.LEAD, TeamRole.ASSESSOR, TeamRole.EXTERNAL_REVIEWER);
    assertThat(teams.team(assessment).members().get(0).role()).isEqualTo(TeamRole.LEAD);
    assertThat(audited("team_member_added")).isEqualTo(audited + 2);

    mvc.perform(get(page).with(user(assessor)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(external.email())));
    mvc.perform(post(page).with(user(assessor)).with(csrf()).param("person", lead.id().toString()))
        .andExpect(status().isForbidden());

    mvc.perform(post(page + "/" + external.id() + "/remove").with(user(lead)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(teams.team(assessment).includes(external.id())).isFalse();
    assertThat(audited("team_member_removed")).isGreaterThan(0);
    mvc.perform(post(page + "/" + external.id() + "/remove").with(user(lead)).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void wrongAdditionsAreRefusedWithAReasonAndChangeNothing() throws Exception {
    add(assessor, "assessor").andExpect(status().is3xxRedirection());
    add(assessor, "assessor")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("is already on this team")));
    add(account(Role.LEAD_ASSESSOR), "lead")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This team already has a lead")));
    add(account(Role.ASSESSOR), "external_reviewer")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("only assessor accounts marked external")));
    add(account(Role.ANALYST), "assessor").andExpect(status().isBadRequest());
    add(account(Role.ASSESSOR), "captain")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose the part they play")));
    mvc.perform(post(page).with(user(lead)).with(csrf()).param("person", "not-a-person"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose a person to add")));
    assertThat(teams.team(assessment).members()).hasSize(2);
  }

  @Test
  void someoneWithAConflictOfInterestCannotJoinThatCouncilsTeam() throws Exception {
    AssureUser conflicted = account(Role.ASSESSOR);
    mvc.perform(
            post("/staff/conflicts")
                .with(user(conflicted))
                .with(csrf())
                .param("council", HACKNEY)
                .param("reason", "Worked in Hackney's adult social care until 2024"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/staff/conflicts").with(user(conflicted)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Worked in Hackney")));
    assertThat(audited("conflict_declared")).isGreaterThan(0);

    add(conflicted, "assessor")
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    containsString(
                        "has declared a conflict of interest with Hackney, so cannot be on its team")));
    assertThat(teams.team(assessment).includes(conflicted.id())).isFalse();
  }

  @Test
  void aConflictNeedsACouncilAndAReason() throws Exception {
    AssureUser person = account(Role.ASSESSOR);
    mvc.perform(
            post("/staff/conflicts")
                .with(user(person))
                .with(csrf())
                .param("council", "E99999999")
                .param("reason", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose the council the conflict is with")));
    mvc.perform(
            post("/staff/conflicts")
                .with(user(person))
                .with(csrf())
                .param("council", HACKNEY)
                .param("reason", "x".repeat(501)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("500 characters or fewer")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM conflicts_of_interest WHERE user_id = :id")
                .param("id", person.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void adminsMarkExternalReviewersAndRecordConflictsForAnyone() throws Exception {
    AssureUser admin = TestUsers.withRole(Role.ADMIN);
    AssureUser person = account(Role.ASSESSOR);
    mvc.perform(
            post("/staff/admin/people/" + person.id() + "/external")
                .with(user(admin))
                .with(csrf())
                .param("external", "true"))
        .andExpect(status().is3xxRedirection());
    assertThat(teams.person(person.id()).orElseThrow().external()).isTrue();
    mvc.perform(
            post("/staff/admin/people/conflicts")
                .with(user(admin))
                .with(csrf())
                .param("person", person.id().toString())
                .param("council", HACKNEY)
                .param("reason", "Partner works for the council"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/staff/admin/people").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hackney: Partner works for the council")));
    mvc.perform(
            post("/staff/admin/people/" + UUID.randomUUID() + "/external")
                .with(user(admin))
                .with(csrf())
                .param("external", "true"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/admin/people").with(user(lead))).andExpect(status().isForbidden());
  }

  @Test
  void eachPersonsHomeListsTheirAssessmentsAndLeadsSeeEveryOne() throws Exception {
    mvc.perform(get("/staff").with(user(lead)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/staff/assessments/" + assessment)));
    mvc.perform(get("/staff").with(user(assessor)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/staff/assessments/" + assessment))));

    mvc.perform(get("/staff/assessments").param("member", lead.id().toString()).with(user(lead)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/staff/assessments/" + assessment)))
        .andExpect(content().string(containsString(lead.email())));
    mvc.perform(
            get("/staff/assessments")
                .param("stage", "published")
                .param("member", lead.id().toString())
                .with(user(lead)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/staff/assessments/" + assessment))));
    mvc.perform(get("/staff/assessments").param("region", "North East").with(user(lead)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/staff/assessments/" + assessment))));
    mvc.perform(get("/staff/assessments").with(user(assessor))).andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.ResultActions add(AssureUser person, String role)
      throws Exception {
    return mvc.perform(
        post(page)
            .with(user(lead))
            .with(csrf())
            .param("person", person.id().toString())
            .param("role", role));
  }

  private long audited(String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_events WHERE action = :action AND details LIKE :subject")
        .param("action", action)
        .param("subject", "%")
        .query(Long.class)
        .single();
  }

  private AssureUser account(Role role) {
    UserAccount account =
        UserAccount.invite(
            new EmailAddress(
                role.code().replace('_', '-') + "-" + UUID.randomUUID() + "@example.org"),
            role,
            Optional.empty());
    accounts.add(account);
    return TestUsers.of(account);
  }
}
