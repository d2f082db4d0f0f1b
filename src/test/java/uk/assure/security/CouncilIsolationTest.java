package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.testing.Councils;
import uk.assure.workbench.ScoringWorkbench;

/** A council user sees their own council's unpublished work and nothing of any other's. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CouncilIsolationTest {

  private static final String NEWHAM = Councils.claim(CouncilIsolationTest.class, "E09000025");

  @Autowired MockMvc mvc;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired ScoringWorkbench workbench;

  private AssessmentId newhams;

  @BeforeEach
  void newhamHasAnAssessmentInProgress() {
    newhams =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(NEWHAM),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 9, 1),
            "test@example.org");
  }

  @Test
  void anotherCouncilsAssessmentIsNotFoundByIdThroughTheCouncilArea() throws Exception {
    mvc.perform(
            get("/council/assessments/" + newhams)
                .with(user(TestUsers.ofCouncil(TestUsers.CAMDEN))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/council/assessments/" + newhams).with(user(TestUsers.ofCouncil(NEWHAM))))
        .andExpect(status().isOk());
  }

  @Test
  void councilUsersCannotReachTheStaffPagesOrChangeScores() throws Exception {
    var camden = user(TestUsers.ofCouncil(TestUsers.CAMDEN));
    mvc.perform(get("/staff/assessments/" + newhams).with(camden))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/staff/assessments/" + newhams + "/statements/QS1")
                .with(camden)
                .with(csrf())
                .param("score", "4")
                .param("rationale", "Good")
                .param("version", "0")
                .param("sequence", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/council").with(camden))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(newhams.toString()))));
  }

  @Test
  void aFormPostedWithoutACsrfTokenChangesNothing() throws Exception {
    var before = assessments.findEditable(newhams).orElseThrow();
    mvc.perform(
            post("/staff/assessments/" + newhams + "/statements/QS1")
                .with(user(TestUsers.withRole(uk.assure.security.domain.Role.ASSESSOR)))
                .param("score", "4")
                .param("rationale", "Good")
                .param("version", "0")
                .param("sequence", "0"))
        .andExpect(status().isForbidden());

    assertThat(assessments.findEditable(newhams)).contains(before);
    assertThat(workbench.history(newhams, "QS1")).isEmpty();
  }
}
