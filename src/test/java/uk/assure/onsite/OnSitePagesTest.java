package uk.assure.onsite;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.onsite.domain.Session;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Planning on-site sessions and noting what was heard in them. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class OnSitePagesTest {

  private static final String HOUNSLOW = Councils.claim(OnSitePagesTest.class, "E09000018");

  @Autowired MockMvc mvc;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired OnSitePlan plan;
  @Autowired OnSiteNoteEvidence evidence;
  @Autowired uk.assure.team.TeamFixture team;

  private Assessment assessment;
  private String page;

  @BeforeEach
  void anAssessmentOfHounslow() {
    assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(HOUNSLOW),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    page = "/staff/assessments/" + assessment.id() + "/on-site";
    team.onTeam(assessment.id(), TestUsers.withRole(Role.LEAD_ASSESSOR));
    team.onTeam(assessment.id(), TestUsers.withRole(Role.ASSESSOR));
  }

  @Test
  void aRoomOrAPersonBookedTwiceAtOnceIsRefusedNamingTheClash() throws Exception {
    mvc.perform(session(UUID.randomUUID().toString(), "09:30", "10:30"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(session(UUID.randomUUID().toString(), "10:00", "11:00"))
        .andExpect(status().isConflict())
        .andExpect(
            content().string(containsString("Hounslow Civic Centre, room 2 is already booked")))
        .andExpect(content().string(containsString("from 9:30am to 10:30am")));
    mvc.perform(
            session(
                UUID.randomUUID().toString(),
                "10:00",
                "11:00",
                "Room 5",
                "C. Assessor, b. assessor"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("b. assessor is already in")));
    mvc.perform(session(UUID.randomUUID().toString(), "10:30", "11:30"))
        .andExpect(status().is3xxRedirection());
    assertThat(plan.sessions(assessment.id())).hasSize(2);
  }

  @Test
  void aSessionIsPlannedOnceEvenIfSentTwiceAndTheCouncilSeesThePlanButNotTheNotes()
      throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(session(key, "09:30", "10:30")).andExpect(status().is3xxRedirection());
    mvc.perform(session(key, "09:30", "10:30")).andExpect(status().is3xxRedirection());
    assertThat(plan.sessions(assessment.id())).hasSize(1);
    Session planned = plan.sessions(assessment.id()).get(0);

    mvc.perform(
            post(page + "/" + planned.id() + "/notes")
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf())
                .param("body", "Staff described a long waiting list for assessments")
                .param("category", "FEEDBACK_STAFF_LEADERS")
                .param("statements", "QS1"))
        .andExpect(status().is3xxRedirection());
    assertThat(evidence.tally(assessment.id()))
        .containsExactly(
            new EvidenceTally("QS1", EvidenceCategory.FEEDBACK_STAFF_LEADERS, "on-site", 1));

    mvc.perform(
            get("/council/assessments/" + assessment.id() + "/on-site")
                .with(user(TestUsers.ofCouncil(HOUNSLOW))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Interview with the Principal Social Worker")))
        .andExpect(content().string(not(containsString("long waiting list"))));
    mvc.perform(get(page + "/" + planned.id()).with(user(TestUsers.ofCouncil(HOUNSLOW))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/council/assessments/" + assessment.id() + "/on-site")
                .with(user(TestUsers.ofCouncil(TestUsers.CAMDEN))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSessionPageShowsTheSessionAndARefusedNoteComesBackWithItsProblem() throws Exception {
    mvc.perform(session(UUID.randomUUID().toString(), "09:30", "10:30"))
        .andExpect(status().is3xxRedirection());
    Session planned = plan.sessions(assessment.id()).get(0);

    mvc.perform(get(page + "/" + planned.id()).with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Interview with the Principal Social Worker")))
        .andExpect(content().string(containsString("Hounslow Civic Centre, room 2")));
    mvc.perform(
            post(page + "/" + planned.id() + "/notes")
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf())
                .param("body", "")
                .param("category", "FEEDBACK_STAFF_LEADERS"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("govuk-error-summary")))
        .andExpect(content().string(containsString("Interview with the Principal Social Worker")));
    assertThat(plan.notes(assessment.id())).isEmpty();
  }

  @Test
  void aSessionEndingBeforeItStartsOrWithNobodyIsRefused() throws Exception {
    mvc.perform(session(UUID.randomUUID().toString(), "11:00", "10:00"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The end time must be after the start time")));
    mvc.perform(
            post(page + "/new")
                .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR)))
                .with(csrf())
                .param("kind", "drop_in")
                .param("starts", "9am"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Select who the session is with")))
        .andExpect(content().string(containsString("Enter a time in 24-hour format")));
    assertThat(plan.sessions(assessment.id())).isEmpty();
  }

  private MockHttpServletRequestBuilder session(String key, String starts, String ends) {
    return session(key, starts, ends, "Hounslow Civic Centre, room 2", "A. Assessor, B. Assessor");
  }

  private MockHttpServletRequestBuilder session(
      String key, String starts, String ends, String place, String assessors) {
    LocalDate on = LocalDate.now().plusWeeks(8);
    return post(page + "/new")
        .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR)))
        .with(csrf())
        .param("key", key)
        .param("kind", "interview")
        .param("title", "Interview with the Principal Social Worker")
        .param("day", String.valueOf(on.getDayOfMonth()))
        .param("month", String.valueOf(on.getMonthValue()))
        .param("year", String.valueOf(on.getYear()))
        .param("starts", starts)
        .param("ends", ends)
        .param("place", place)
        .param("attendees", "principal_social_worker")
        .param("assessors", assessors);
  }
}
