package uk.assure.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** An assessor links a council's published figure to a quality statement as evidence. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorEvidenceTest {

  private static final String KNOWSLEY = Councils.claim(IndicatorEvidenceTest.class, "E08000011");
  // Its assessment is published, which no other class expects.
  private static final String STOKE = Councils.claim(IndicatorEvidenceTest.class, "E06000021");

  @TempDir Path folder;
  @Autowired IndicatorImports imports;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentScoring scoring;
  @Autowired IndicatorEvidence evidence;
  @Autowired MockMvc mvc;
  @Autowired uk.assure.team.TeamFixture team;

  @Test
  void aLinkedFigureIsShownUnderItsStatementWithItsComparison() throws Exception {
    Path file = folder.resolve("knowsley.csv");
    Files.writeString(
        file,
        "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
            + "340,Knowsley,Local authority,E08000011,4A,Total,Outcome,70.1,4A\n",
        StandardCharsets.UTF_8);
    imports.importFile(IndicatorImports.Format.ASCOF, file, "k.csv", "2018-19", "test", rows -> {});
    var id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(KNOWSLEY),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 8, 3),
            "test");
    team.withTestAssessors(id);
    var assessor = user(TestUsers.withRole(Role.ASSESSOR));

    mvc.perform(
            post("/staff/assessments/" + id + "/indicators")
                .with(assessor)
                .with(csrf())
                .param("statement", "QS7")
                .param("figure", "ascof|4A|2018-19|Total"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/staff/assessments/" + id + "/indicators").with(assessor))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("People who use services who feel safe, Total")));

    assertThat(evidence.linked(id)).containsKey("QS7");
    assertThat(evidence.link(id, "QS7", "ascof|4A|2018-19|Total", "test"))
        .isEqualTo(IndicatorEvidence.Outcome.ALREADY_LINKED);
    assertThat(evidence.link(id, "QS7", "ascof|9Z|2018-19|Total", "test"))
        .isEqualTo(IndicatorEvidence.Outcome.UNKNOWN_FIGURE);
    assertThat(evidence.link(id, "QS10", "ascof|4A|2018-19|Total", "test"))
        .isEqualTo(IndicatorEvidence.Outcome.UNKNOWN_STATEMENT);
  }

  @Test
  void aPublishedAssessmentsFiguresStayReadableWithNoWayToLinkMore() throws Exception {
    Assessment assessment =
        AssessmentFixture.scored(STOKE, LocalDate.of(2026, 1, 5), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    var id = assessment.id();
    team.withTestAssessors(id);
    assessments.publish(id, LocalDate.of(2026, 6, 1));

    mvc.perform(
            get("/staff/assessments/" + id + "/indicators")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("National performance data linked as evidence")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        containsString("action=\"/staff/assessments/" + id + "/indicators\""))))
        .andExpect(content().string(containsString("/staff/assessments/" + id + "/statements")));
    // An analyst may read the figures but not score, so is not led to the workbench.
    mvc.perform(
            get("/staff/assessments/" + id + "/indicators")
                .with(user(TestUsers.withRole(Role.ANALYST))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        containsString("/staff/assessments/" + id + "/statements"))));
  }
}
