package uk.assure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.document.domain.ExtractionProblem;
import uk.assure.document.domain.ExtractionStatus;
import uk.assure.document.extraction.ExtractionWorker;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Keeping, checking, reading and searching the documents councils send. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsTest {

  private static final String HILLINGDON = Councils.claim(DocumentsTest.class, "E09000017");

  @Autowired Documents documents;

  @Autowired AssessmentJourney journey;
  @Autowired ExtractionWorker worker;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired uk.assure.team.TeamFixture team;

  private Assessment assessment;

  @BeforeEach
  void anAssessmentOfHillingdon() {
    assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(HILLINGDON),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    team.withTestAssessors(assessment.id());
  }

  @Test
  void theSameFileSentTwiceIsStoredOnceAndLinked() {
    byte[] bytes = SampleFiles.text("Our carers strategy " + Instant.now());
    Documents.Outcome first =
        documents.upload(assessment, SampleFiles.upload("a.txt", bytes), "c@h.gov.uk");
    Documents.Outcome second =
        documents.upload(assessment, SampleFiles.upload("copy of a.txt", bytes), "c@h.gov.uk");

    StoredDocument kept = ((Documents.Outcome.Stored) first).document();
    assertThat(((Documents.Outcome.Stored) first).alreadyHeld()).isFalse();
    assertThat(second).isEqualTo(new Documents.Outcome.Stored(kept, true));
    assertThat(chunks(kept)).isEqualTo(1);
    assertThat(documents.inAssessment(assessment)).hasSize(1);
  }

  @Test
  void aProgramIsRefusedByItsBytesWhateverItsNameAndNothingIsKept() {
    long before = count("document_contents");
    Documents.Outcome outcome =
        documents.upload(
            assessment,
            SampleFiles.upload("minutes.pdf", SampleFiles.windowsProgram()),
            "c@h.gov.uk");
    assertThat(outcome).isEqualTo(new Documents.Outcome.Refused("documents.upload.typeRefused"));
    assertThat(count("document_contents")).isEqualTo(before);
    assertThat(documents.upload(assessment, SampleFiles.upload("empty.txt", new byte[0]), "c"))
        .isEqualTo(new Documents.Outcome.Refused("documents.upload.empty"));
  }

  @Test
  void aPdfIsReadPageByPageAndItsPassagesAreFoundBySearch() throws Exception {
    String marker = "Reablement" + System.nanoTime();
    StoredDocument pdf =
        stored(
            "strategy.pdf",
            SampleFiles.pdf(
                "Introduction to our plan", marker + " helps people return home quickly"));
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");

    StoredDocument read = extracted(pdf);
    assertThat(read.status()).isEqualTo(ExtractionStatus.EXTRACTED);
    assertThat(read.pageCount()).contains(2);
    assertThat(documents.search(assessment, marker))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.page()).contains(2);
              assertThat(hit.passage().parts()).anyMatch(p -> p.match() && p.text().equals(marker));
            });
  }

  @Test
  void aZipBombAndABrokenPdfFailWithAReasonAndTheServiceGoesOn() throws Exception {
    StoredDocument bomb = stored("evidence.zip", SampleFiles.zipBomb(60));
    StoredDocument broken =
        stored(
            "report.pdf", SampleFiles.text("%PDF-1.7\n" + System.nanoTime() + " not really a PDF"));

    assertThat(extracted(bomb).problem()).contains(ExtractionProblem.EXPANDS_TOO_FAR);
    assertThat(extracted(broken).problem()).contains(ExtractionProblem.UNREADABLE);
    StoredDocument fine =
        stored("note.txt", SampleFiles.text("still working " + System.nanoTime()));
    assertThat(extracted(fine).status()).isEqualTo(ExtractionStatus.EXTRACTED);
  }

  @Test
  void searchResultsShowTheDocumentsTextEscapedAndDownloadsAreForTheRightPeopleOnly()
      throws Exception {
    String marker = "Safeguarding" + System.nanoTime();
    StoredDocument doc =
        extracted(
            stored(
                "<b>policy</b>.txt",
                SampleFiles.text(marker + " <script>alert(1)</script> enquiries")));
    String page = "/staff/assessments/" + assessment.id() + "/documents";

    mvc.perform(get(page).param("q", marker).with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<mark>" + marker + "</mark>")))
        .andExpect(content().string(containsString("alert(1)")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))));

    mvc.perform(get(page + "/" + doc.id()).with(user(TestUsers.ofCouncil(HILLINGDON))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/council/assessments/" + assessment.id() + "/documents/" + doc.id())
                .with(user(TestUsers.ofCouncil(HILLINGDON))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().string(containsString(marker)));
    mvc.perform(
            get("/council/assessments/" + assessment.id() + "/documents/" + doc.id())
                .with(user(TestUsers.ofCouncil(TestUsers.CAMDEN))))
        .andExpect(status().isNotFound());
  }

  private StoredDocument stored(String name, byte[] bytes) {
    return ((Documents.Outcome.Stored)
            documents.upload(assessment, SampleFiles.upload(name, bytes), "c@h.gov.uk"))
        .document();
  }

  /** The document once the background worker (or this thread) has read it. */
  private StoredDocument extracted(StoredDocument document) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      worker.extractNext();
      StoredDocument now = documents.find(assessment, document.id().toString()).orElseThrow();
      if (now.status() == ExtractionStatus.EXTRACTED || now.status() == ExtractionStatus.FAILED) {
        return now;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The document was not read in time: " + document.fileName());
  }

  private long chunks(StoredDocument document) {
    return jdbc.sql("SELECT count(*) FROM document_chunks WHERE sha256 = ?")
        .param(document.hash().value())
        .query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
