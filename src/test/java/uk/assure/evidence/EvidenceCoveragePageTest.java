package uk.assure.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.casetracking.CaseTracking;
import uk.assure.council.domain.GssCode;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** The coverage page adds up the evidence every source holds. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceCoveragePageTest {

  private static final String MERTON = Councils.claim(EvidenceCoveragePageTest.class, "E09000024");

  @Autowired MockMvc mvc;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired CaseTracking cases;
  @Autowired EvidenceCoverage coverage;

  @Test
  void aCaseNoteShowsInItsStatementAndCategoryAndEveryEmptyCellIsMarked() throws Exception {
    Assessment assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(MERTON),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    String csv =
        "case_reference,age_band,primary_support_reason,setting,carer,transition_from_childrens_services,safeguarding_enquiry,hospital_discharge\n"
            + "CV-1,65-74,physical,own_home,yes,no,no,no\n";
    cases.upload(
        assessment,
        "c.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "council@example.org");
    cases.addNote(
        assessment,
        "CV-1",
        "Good support at home",
        EvidenceCategory.PEOPLE_EXPERIENCE,
        List.of("QS4"),
        "a@example.org");

    CoverageMatrix matrix = coverage.of(assessment.id());
    assertThat(matrix.rows().get(3).cells().get(0).count()).isEqualTo(1);
    assertThat(matrix.gaps()).hasSize(35);
    mvc.perform(
            get("/staff/assessments/" + assessment.id() + "/evidence")
                .with(user(TestUsers.withRole(Role.PANEL))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 from case notes")))
        .andExpect(
            content()
                .string(containsString("35 statement and category pairs have no evidence yet")));
  }
}
