package uk.assure.casetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** A council sending its case list, and assessors sampling and reviewing cases. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CaseTrackingPagesTest {

  private static final String HARINGEY = Councils.claim(CaseTrackingPagesTest.class, "E09000014");
  private static final String HEADER =
      "case_reference,age_band,primary_support_reason,setting,carer,transition_from_childrens_services,safeguarding_enquiry,hospital_discharge\n";

  @Autowired MockMvc mvc;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired CaseTracking cases;
  @Autowired CaseNoteEvidence caseNotes;
  @Autowired uk.assure.team.TeamFixture team;

  private final RequestPostProcessor council = user(TestUsers.ofCouncil(HARINGEY));
  private final RequestPostProcessor assessor = user(TestUsers.withRole(Role.ASSESSOR));
  private Assessment assessment;

  @BeforeEach
  void anAssessmentOfHaringey() {
    assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(HARINGEY),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    team.withTestAssessors(assessment.id());
  }

  @Test
  void aFileWithProblemsIsRefusedWithEachProblemByRowAndNothingIsTaken() throws Exception {
    String csv =
        HEADER
            + "CT-1,65-74,physical,own_home,yes,no,no,no\nJohn Smith,65-74,physical,own_home,yes,no,no,no\n";
    mvc.perform(upload(csv))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The file has 1 problem")))
        .andExpect(content().string(containsString("never a name")))
        .andExpect(content().string(containsString("John Smith")));
    mvc.perform(upload("name,age\nx,1\n"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This column is missing")));
    mvc.perform(upload("")).andExpect(status().isBadRequest());
    assertThat(cases.state(assessment).list()).isEmpty();
  }

  @Test
  void aCleanListIsTakenAndSampledAndAssessorsReviewTheCasesFollowed() throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFF" + HEADER);
    for (int i = 0; i < 40; i++) {
      csv.append("HK-")
          .append(1000 + i)
          .append(
              i % 2 == 0
                  ? ",75-84,physical,own_home,"
                  : ",25-64,learning_disability,supported_living,")
          .append(i % 3 == 0 ? "yes" : "no")
          .append(",no,no,no\n");
    }
    mvc.perform(upload(csv.toString())).andExpect(status().is3xxRedirection());
    CaseTracking.State state = cases.state(assessment);
    assertThat(state.cases()).hasSize(40);
    assertThat(state.sample().orElseThrow().draw().followed()).hasSize(6);
    assertThat(state.redrawsTheSame()).isTrue();

    String page = "/staff/assessments/" + assessment.id() + "/cases";
    mvc.perform(get(page).with(assessor))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("The 6 people followed are 6 of the 40 on this list")))
        .andExpect(content().string(containsString("as much as 40 percentage points")));

    mvc.perform(
            post(page + "/sample")
                .with(assessor)
                .with(csrf())
                .param("listSize", "4")
                .param("followSize", "5"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("cannot be more than the number listed")));
    mvc.perform(
            post(page + "/sample")
                .with(assessor)
                .with(csrf())
                .param("listSize", "20")
                .param("followSize", "8"))
        .andExpect(status().is3xxRedirection());
    state = cases.state(assessment);
    assertThat(state.sample().orElseThrow().draw().followed()).hasSize(8);

    String followed = state.sample().orElseThrow().draw().followed().get(0);
    mvc.perform(
            post(page + "/" + followed + "/notes")
                .with(assessor)
                .with(csrf())
                .param("body", "Waited 14 weeks"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Select at least one quality statement")));
    mvc.perform(
            post(page + "/" + followed + "/notes")
                .with(assessor)
                .with(csrf())
                .param("body", "Waited 14 weeks for an assessment")
                .param("category", "PEOPLE_EXPERIENCE")
                .param("statements", "QS1", "QS2"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/" + followed + "/consent")
                .with(assessor)
                .with(csrf())
                .param("consent", "given")
                .param("how", "By phone, 3 June"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page + "/" + followed).with(assessor))
        .andExpect(content().string(containsString("Waited 14 weeks")))
        .andExpect(content().string(containsString("Consent given: By phone, 3 June")));
    assertThat(caseNotes.tally(assessment.id()))
        .contains(new EvidenceTally("QS1", EvidenceCategory.PEOPLE_EXPERIENCE, "case-notes", 1));

    mvc.perform(get(page + "/NOT-IN-SAMPLE-1").with(assessor)).andExpect(status().isNotFound());
    mvc.perform(
            get("/council/assessments/" + assessment.id() + "/cases")
                .with(user(TestUsers.ofCouncil(TestUsers.CAMDEN))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/council/assessments/" + assessment.id() + "/cases").with(council))
        .andExpect(content().string(containsString(followed)));
  }

  private org.springframework.test.web.servlet.RequestBuilder upload(String csv) {
    return multipart("/council/assessments/" + assessment.id() + "/cases")
        .file(
            new MockMultipartFile(
                "file", "cases.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .with(council)
        .with(csrf());
  }
}
