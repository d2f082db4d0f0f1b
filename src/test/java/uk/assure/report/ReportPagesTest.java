package uk.assure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.journey.AssessmentJourney;
import uk.assure.report.domain.Narrative;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Staff write a report's narrative, version by version, and download the report. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTest {

  private static final String CAMBRIDGESHIRE = Councils.claim(ReportPagesTest.class, "E10000003");

  @Autowired MockMvc mvc;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired ReportNarratives narratives;
  @Autowired JdbcClient jdbc;
  @Autowired uk.assure.team.TeamFixture team;

  private Assessment assessment;
  private String page;

  @BeforeEach
  void anAssessmentOfCambridgeshire() {
    assessment =
        AssessmentFixture.scored(
            CAMBRIDGESHIRE, LocalDate.of(2026, 4, 1), 3, 2, 3, 3, 3, 2, 3, 3, 3);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    team.withTestAssessors(assessment.id());
    page = "/staff/assessments/" + assessment.id() + "/report";
  }

  @Test
  void anAssessorWritesTheNarrativeAndEachSaveIsANewAuditedVersion() throws Exception {
    mvc.perform(get(page).with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Nothing has been written for this report yet")));

    mvc.perform(
            save(0)
                .param("population", "657,204")
                .param("netBudget", "312,000,000")
                .param("spendPerAdult", "580")
                .param("financialYear", "2024-25")
                .param("source", "Council revenue budget 2024-25")
                .param("peopleExperience", "People valued their social workers.")
                .param("statements[0].keyFindings", "Waiting lists for assessment fell.")
                .param("statements[0].tags", "waiting-times", "carers"))
        .andExpect(status().is3xxRedirection());

    Narrative first = narratives.current(assessment.id());
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.context().netBudgetPounds()).contains(312_000_000L);
    assertThat(first.statement("QS1").keyFindings())
        .isEqualTo("Waiting lists for assessment fell.");
    assertThat(narratives.tagCounts(List.of(assessment.id())))
        .containsOnly(java.util.Map.entry("waiting-times", 1), java.util.Map.entry("carers", 1));

    mvc.perform(
            save(1)
                .param("statements[5].keyFindings", "Discharge works.")
                .param("statements[5].tags", "hospital-discharge", "carers"))
        .andExpect(status().is3xxRedirection());
    assertThat(narratives.current(assessment.id()).version()).isEqualTo(2);
    assertThat(narratives.tagCounts(List.of(assessment.id())))
        .containsEntry("carers", 1)
        .containsEntry("hospital-discharge", 1)
        .doesNotContainKey("waiting-times");

    long audited =
        jdbc.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'report_narrative_saved' AND"
                    + " subject_id = ?")
            .param(assessment.id().toString())
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(2);

    mvc.perform(get(page).with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Version 2, saved by assessor@example.org")))
        .andExpect(content().string(containsString("Versions saved")))
        .andExpect(content().string(containsString("Discharge works.")));
  }

  @Test
  void aStaleFormIsRefusedWithWhoSavedAndKeepsTheTypedText() throws Exception {
    mvc.perform(save(0).param("peopleExperience", "First words."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(save(0).param("peopleExperience", "Other words from a second tab."))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("saved version 1")))
        .andExpect(content().string(containsString("Other words from a second tab.")));
    assertThat(narratives.current(assessment.id()).peopleExperience()).isEqualTo("First words.");
  }

  @Test
  void theSameFormSentTwiceSavesOnce() throws Exception {
    mvc.perform(save(0).param("peopleExperience", "Once.")).andExpect(status().is3xxRedirection());
    mvc.perform(save(0).param("peopleExperience", "Once.")).andExpect(status().is3xxRedirection());
    assertThat(narratives.current(assessment.id()).version()).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedWithMessagesAndChangesNothing() throws Exception {
    mvc.perform(
            save(0)
                .param("population", "lots")
                .param("financialYear", "2024-26")
                .param("netBudget", "1000")
                .param("statements[2].keyFindings", "x".repeat(10_001))
                .param("statements[3].tags", "not-a-topic"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("Enter the population as a whole number")))
        .andExpect(content().string(containsString("Enter the financial year like 2024-25")))
        .andExpect(content().string(containsString("Enter the source of the figures")))
        .andExpect(content().string(containsString("This must be 10,000 characters or fewer")))
        .andExpect(content().string(containsString("Select topics from the list")));
    mvc.perform(
            post(page)
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf())
                .param("version", "0")
                .param("statements[0].code", "QS99"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("did not match the framework")));
    mvc.perform(
            post(page)
                .with(user(TestUsers.withRole(Role.ASSESSOR)))
                .with(csrf())
                .param("version", "latest"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("reload the page and try again")));
    assertThat(narratives.current(assessment.id()).version()).isZero();
  }

  @Test
  void scriptInTheNarrativeIsShownAsText() throws Exception {
    mvc.perform(save(0).param("peopleExperience", "<script>alert(1)</script>"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page + "/preview").with(user(TestUsers.withRole(Role.PANEL))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<script>alert(1)"))))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
  }

  @Test
  void councilUsersAndReadersCannotWriteAndUnknownAssessmentsAreNotFound() throws Exception {
    mvc.perform(get(page).with(user(TestUsers.ofCouncil(CAMBRIDGESHIRE))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page)
                .with(user(TestUsers.ofCouncil(CAMBRIDGESHIRE)))
                .with(csrf())
                .param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(save(0).with(user(TestUsers.withRole(Role.PANEL))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/staff/assessments/not-an-id/report")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/staff/assessments/" + java.util.UUID.randomUUID() + "/report.pdf")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isNotFound());
    assertThat(narratives.current(assessment.id()).version()).isZero();
  }

  @Test
  void thePdfAndDocxDownloadAndTheDocxHasRealHeadings() throws Exception {
    mvc.perform(save(0).param("statements[6].keyFindings", "Safeguarding enquiries were timely."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page + ".pdf").with(user(TestUsers.withRole(Role.ANALYST))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")));

    byte[] docx =
        mvc.perform(get(page + ".docx").with(user(TestUsers.withRole(Role.ANALYST))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> headings =
          doc.getParagraphs().stream().filter(p -> p.getStyle() != null).toList();
      assertThat(headings.get(0).getStyle()).isEqualTo("Heading1");
      assertThat(headings.get(0).getText())
          .isEqualTo("Cambridgeshire: assessment of adult social care");
      assertThat(doc.getStyles().getStyle("Heading3").getName()).isEqualTo("heading 3");
      assertThat(headings)
          .filteredOn(p -> "Heading3".equals(p.getStyle()))
          .extracting(XWPFParagraph::getText)
          .contains("QS1 Assessing needs", "QS9 Learning, improvement and innovation");
      assertThat(headings)
          .filteredOn(p -> "Heading2".equals(p.getStyle()))
          .extracting(XWPFParagraph::getText)
          .containsSubsequence("Summary", "People's experience", "Theme 1: Working with people");
      String text =
          String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text)
          .contains("Safeguarding enquiries were timely.")
          .contains("No findings have been recorded for this quality statement.");
      assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("3 of 4");
    }
  }

  private MockHttpServletRequestBuilder save(int version) {
    MockHttpServletRequestBuilder request =
        post(page)
            .with(user(TestUsers.withRole(Role.ASSESSOR)))
            .with(csrf())
            .param("version", String.valueOf(version));
    for (int i = 0; i < 9; i++) {
      request.param("statements[" + i + "].code", "QS" + (i + 1));
    }
    return request;
  }
}
