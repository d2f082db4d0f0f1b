package uk.assure.inforeturn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.document.SampleFiles;
import uk.assure.document.domain.ExtractionStatus;
import uk.assure.document.extraction.ExtractionWorker;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.Completeness;
import uk.assure.inforeturn.domain.RequestItem;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** A council answering its information return, and staff following it. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class InformationReturnPagesTest {

  private static final String HARROW =
      Councils.claim(InformationReturnPagesTest.class, "E09000015");
  private static final LocalDate LAST_MARCH = LocalDate.now().minusMonths(1);

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentJourney journey;
  @Autowired InformationReturn informationReturn;
  @Autowired InformationReturnEvidence evidence;
  @Autowired RequestCatalogue catalogue;
  @Autowired ExtractionWorker worker;
  @Autowired uk.assure.team.TeamFixture team;
  @Autowired JdbcClient jdbc;

  private final RequestPostProcessor council = user(TestUsers.ofCouncil(HARROW));
  private Assessment assessment;
  private String base;
  private int asked;
  private int required;

  @BeforeEach
  void harrowsInformationReturnIsOpen() {
    assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(HARROW),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    team.withTestAssessors(assessment.id());
    journey.move(assessment.id(), Stage.PLANNED, Stage.NOTIFIED, "", "lead@example.org");
    journey.move(assessment.id(), Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", "lead@example.org");
    base = "/council/assessments/" + assessment.id() + "/information-return";
    asked = informationReturn.state(assessment).completeness().items().size();
    required =
        (int)
            informationReturn.state(assessment).completeness().items().stream()
                .filter(i -> i.item().required())
                .count();
  }

  @Test
  void theCouncilIsAskedForTheCatalogueAndSendsDocumentsAsNewVersionsKeepingTheOldOnes()
      throws Exception {
    mvc.perform(get(base).with(council))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Self-assessment")))
        .andExpect(content().string(containsString("0 of " + asked + " requests answered")));

    answer("self-assessment", 0, "documents", file("v1.txt", "first draft " + System.nanoTime()))
        .andExpect(redirectedUrl(base))
        .andExpect(flash().attribute("answered", "self-assessment"));
    mvc.perform(
            dated(form("self-assessment", 1, "documents"))
                .file(file("v2.txt", "second draft " + System.nanoTime()))
                .param("keepDocuments", "false"))
        .andExpect(status().is3xxRedirection());

    ReturnState state = informationReturn.state(assessment);
    assertThat(state.history().get("self-assessment"))
        .extracting(a -> a.documents().size())
        .containsExactly(1, 1);
    assertThat(state.documents()).hasSize(2);
    assertThat(state.item("self-assessment").orElseThrow().status())
        .isEqualTo(Completeness.Status.ANSWERED);
    mvc.perform(get(base + "/self-assessment").with(council))
        .andExpect(content().string(containsString("v2.txt")))
        .andExpect(content().string(containsString("1 earlier answer")))
        .andExpect(content().string(containsString("v1.txt")));
  }

  @Test
  void theDocumentsSentAreEvidenceForTheStatementsTheirRequestInformsWithTheirOpeningText()
      throws Exception {
    String opening = "Our self-assessment " + System.nanoTime();
    answer("self-assessment", 0, "documents", file("self.txt", opening))
        .andExpect(redirectedUrl(base));
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (informationReturn.state(assessment).documents().values().stream()
            .anyMatch(d -> d.status() != ExtractionStatus.EXTRACTED)
        && Instant.now().isBefore(until)) {
      worker.extractNext();
      Thread.sleep(50);
    }
    String statement =
        informationReturn
            .state(assessment)
            .item("self-assessment")
            .orElseThrow()
            .item()
            .statements()
            .get(0);

    assertThat(evidence.items(assessment.id(), statement))
        .filteredOn(e -> e.kind().equals("documents"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.extract()).isEqualTo("self.txt");
              assertThat(e.passages()).singleElement().asString().contains(opening);
            });
  }

  @Test
  void aSecondSubmissionOfTheSameFormIsRefusedWithAConflictAndAddsNothing() throws Exception {
    byte[] bytes = SampleFiles.text("safeguarding board report " + System.nanoTime());
    answer(
            "safeguarding",
            0,
            "documents",
            new MockMultipartFile("files", "sab.txt", "text/plain", bytes))
        .andExpect(status().is3xxRedirection());
    answer(
            "safeguarding",
            0,
            "documents",
            new MockMultipartFile("files", "sab.txt", "text/plain", bytes))
        .andExpect(status().isConflict())
        .andExpect(
            content()
                .string(containsString("answered by someone else, or your answer was sent twice")));
    assertThat(informationReturn.state(assessment).history().get("safeguarding")).hasSize(1);
  }

  @Test
  void aDocumentAlreadySentCanBeReusedByPointingToItsPagesOrByUploadingItAgain() throws Exception {
    byte[] bytes = SampleFiles.text("market position statement " + System.nanoTime());
    answer(
            "market-shaping",
            0,
            "documents",
            new MockMultipartFile("files", "mps.txt", "text/plain", bytes))
        .andExpect(status().is3xxRedirection());
    String documentId =
        informationReturn.state(assessment).documents().keySet().iterator().next().toString();

    mvc.perform(
            dated(form("partnerships", 0, "reference"))
                .param("referenceDocument", documentId)
                .param("section", "Working with the NHS"))
        .andExpect(status().is3xxRedirection());
    answer(
            "governance",
            0,
            "documents",
            new MockMultipartFile("files", "again.txt", "text/plain", bytes))
        .andExpect(flash().attribute("alreadyHeld", List.of("mps.txt")));

    ReturnState state = informationReturn.state(assessment);
    assertThat(state.documents()).hasSize(1);
    assertThat(state.burden()).isEqualTo(new Burden(asked, required, 1, 1, 0));
    assertThat(state.history().get("partnerships").get(0).kind()).isEqualTo(AnswerKind.REFERENCE);
  }

  @Test
  void pagesPointedToMustBeInTheDocumentAndAreRefusedWhileItsPagesAreNotYetCounted()
      throws Exception {
    byte[] fourPages =
        SampleFiles.pdf("Contents " + System.nanoTime(), "Our strategy", "Our market", "Our plan");
    answer(
            "market-shaping",
            0,
            "documents",
            new MockMultipartFile("files", "strategy.pdf", "application/pdf", fourPages))
        .andExpect(redirectedUrl(base));
    UUID documentId = informationReturn.state(assessment).documents().keySet().iterator().next();
    String hash = informationReturn.state(assessment).documents().get(documentId).hash().value();

    jdbc.sql(
            "UPDATE document_contents SET extraction_status = 'waiting', page_count = NULL"
                + " WHERE sha256 = ?")
        .param(hash)
        .update();
    mvc.perform(pages("partnerships", documentId, "1", "2"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("still reading this document")));
    assertThat(informationReturn.state(assessment).history().get("partnerships")).isNull();

    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (informationReturn.state(assessment).documents().get(documentId).pageCount().isEmpty()
        && Instant.now().isBefore(until)) {
      worker.extractNext();
      Thread.sleep(50);
    }
    mvc.perform(pages("partnerships", documentId, "1", "9"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The document does not have that many pages")));
    assertThat(informationReturn.state(assessment).history().get("partnerships")).isNull();
    mvc.perform(pages("partnerships", documentId, "2", "4")).andExpect(redirectedUrl(base));
  }

  private MockMultipartHttpServletRequestBuilder pages(
      String code, UUID documentId, String from, String to) {
    return (MockMultipartHttpServletRequestBuilder)
        dated(form(code, 0, "reference"))
            .param("referenceDocument", documentId.toString())
            .param("pageFrom", from)
            .param("pageTo", to);
  }

  @Test
  void badAnswersGetAMessageOnTheFieldAndNothingIsKept() throws Exception {
    mvc.perform(form("equity", 0, "not_held"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter why you do not hold this")));
    mvc.perform(dated(form("equity", 0, "link")).param("link", "javascript:alert(1)"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter a web address starting with https://")));
    mvc.perform(
            dated(form("equity", 0, "reference"))
                .param("referenceDocument", "not-a-document")
                .param("section", "2"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Select a document you have already sent")));
    mvc.perform(
            dated(form("equity", 0, "documents"))
                .file(
                    new MockMultipartFile(
                        "files", "minutes.pdf", "application/pdf", SampleFiles.windowsProgram())))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("must be a PDF, Word")));
    mvc.perform(
            form("equity", 0, "link")
                .param("link", "https://example.org")
                .param("day", "31")
                .param("month", "2")
                .param("year", "2026"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The date must be a real date")));

    ReturnState state = informationReturn.state(assessment);
    assertThat(state.history()).isEmpty();
    assertThat(state.documents()).isEmpty();

    mvc.perform(
            form("equity", 0, "not_held")
                .param("reason", "We do not collect <script>this</script>"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/staff/assessments/" + assessment.id() + "/information-return")
                .with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("We do not collect &lt;script&gt;")))
        .andExpect(content().string(containsString(asked + " (" + required + " required)")));
  }

  @Test
  void aFileWhoseNameHoldsAControlCharacterIsRefusedSayingWhyAndNothingIsKept() throws Exception {
    for (String name : List.of("minutes\u0000.txt", "minutes\u0007.txt")) {
      answer("equity", 0, "documents", file(name, "Minutes " + System.nanoTime()))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("The file name holds a character")));
    }
    ReturnState state = informationReturn.state(assessment);
    assertThat(state.history()).isEmpty();
    assertThat(state.documents()).isEmpty();
  }

  @Test
  void anotherCouncilCannotSeeOrAnswerAndStaffMovingOnLeavesTheReturnOpen() throws Exception {
    RequestPostProcessor camden = user(TestUsers.ofCouncil(TestUsers.CAMDEN));
    mvc.perform(get(base).with(camden)).andExpect(status().isNotFound());
    mvc.perform(form("equity", 0, "not_held").param("reason", "x").with(camden))
        .andExpect(status().isNotFound());
    mvc.perform(get(base + "/no-such-request").with(council)).andExpect(status().isNotFound());

    // Staff moving on does not close the return: the council answers until its due date.
    journey.move(
        assessment.id(),
        Stage.INFORMATION_RETURN,
        Stage.EVIDENCE_GATHERING,
        "",
        "lead@example.org");
    mvc.perform(form("equity", 0, "not_held").param("reason", "late"))
        .andExpect(status().is3xxRedirection());
    assertThat(informationReturn.state(assessment).item("equity").orElseThrow().status())
        .isEqualTo(Completeness.Status.NOT_HELD);

    // Reopening a step before the return closes it.
    journey.move(
        assessment.id(),
        Stage.EVIDENCE_GATHERING,
        Stage.NOTIFIED,
        "Sent to the wrong director",
        "lead@example.org");
    mvc.perform(form("equity", 1, "not_held").param("reason", "later still"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("not open for answers")));
  }

  @Test
  void beforeMovingOnStaffAreShownEachUnansweredRequiredRequestAndMustConfirm() throws Exception {
    RequestPostProcessor lead = user(TestUsers.withRole(Role.LEAD_ASSESSOR));
    String stage = "/staff/assessments/" + assessment.id() + "/stage";
    var unanswered =
        informationReturn.state(assessment).completeness().items().stream()
            .filter(i -> i.item().required())
            .map(i -> i.item())
            .toList();
    assertThat(unanswered).isNotEmpty();
    String page =
        mvc.perform(get(stage).with(lead))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (var item : unanswered) {
      assertThat(page)
          .contains(
              org.springframework.web.util.HtmlUtils.htmlEscape(item.code() + ": " + item.title()));
    }

    mvc.perform(
            post(stage)
                .with(lead)
                .with(csrf())
                .param("seen", "information_return")
                .param("to", "evidence_gathering"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Confirm you have seen the unanswered")));
    assertThat(journey.state(assessment).stage()).isEqualTo(Stage.INFORMATION_RETURN);

    mvc.perform(
            post(stage)
                .with(lead)
                .with(csrf())
                .param("seen", "information_return")
                .param("to", "evidence_gathering")
                .param("acknowledged", "true"))
        .andExpect(status().is3xxRedirection());
    assertThat(journey.state(assessment).stage()).isEqualTo(Stage.EVIDENCE_GATHERING);
  }

  @Test
  void aChangeToTheCatalogueDoesNotChangeWhatAnOpenReturnAsked() {
    String code = "extra-" + System.nanoTime();
    catalogue.add(
        new RequestItem(code, "Extra", "Guidance", List.of("QS1"), true, 999), "admin@example.org");
    assertThat(informationReturn.state(assessment).item(code)).isEmpty();
    assertThat(informationReturn.state(assessment).completeness().items()).hasSize(13);
  }

  private MockMultipartHttpServletRequestBuilder multipartTo(String code) {
    return (MockMultipartHttpServletRequestBuilder)
        multipart(base + "/" + code).with(council).with(csrf());
  }

  private MockMultipartHttpServletRequestBuilder form(String code, int seen, String kind) {
    return (MockMultipartHttpServletRequestBuilder)
        multipartTo(code).param("kind", kind).param("seenVersion", String.valueOf(seen));
  }

  private static MockMultipartHttpServletRequestBuilder dated(
      MockMultipartHttpServletRequestBuilder builder) {
    return (MockMultipartHttpServletRequestBuilder)
        builder
            .param("day", String.valueOf(LAST_MARCH.getDayOfMonth()))
            .param("month", String.valueOf(LAST_MARCH.getMonthValue()))
            .param("year", String.valueOf(LAST_MARCH.getYear()));
  }

  private ResultActions answer(String code, int seen, String kind, MockMultipartFile file)
      throws Exception {
    return mvc.perform(dated(form(code, seen, kind)).file(file));
  }

  private static MockMultipartFile file(String name, String text) {
    return new MockMultipartFile("files", name, "text/plain", SampleFiles.text(text));
  }
}
