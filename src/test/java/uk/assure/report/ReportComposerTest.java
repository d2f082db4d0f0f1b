package uk.assure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.IndicatorEvidence;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.ReportSection;
import uk.assure.report.domain.ReportText;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.testing.Councils;

/**
 * A report composed from an assessment reads in order, carries the rating's numbers and escapes.
 */
@Tag("database")
@SpringBootTest
class ReportComposerTest {

  private static final String SALFORD = Councils.claim(ReportComposerTest.class, "E08000006");

  @Autowired ReportComposer composer;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired NarrativeRecords narratives;
  @Autowired RatingPolicy policy;
  @Autowired ReportViews views;
  @Autowired PdfRendering pdfRendering;
  @Autowired IndicatorImports imports;
  @Autowired AssessmentScoring scoring;
  @Autowired IndicatorEvidence evidence;

  @Test
  void sectionsComeInReadingOrderWithTheRatingPolicysNumbers() throws Exception {
    Assessment assessment = scored(3, 3, 3, 3, 4, 4, 3, 3, 3);
    writeNarrative(assessment.id(), "People told us they waited too long.", Map.of());

    ComposedReport report = composer.compose(assessment.id());

    assertThat(report.sections())
        .extracting(ReportSection::key)
        .containsExactly(
            "overview",
            "people-experience",
            "QS1",
            "QS2",
            "QS3",
            "QS4",
            "QS5",
            "QS6",
            "QS7",
            "QS8",
            "QS9");
    RatingResult expected =
        ((RatingOutcome.Rated) policy.rate(assessment.ratingRequest())).result();
    assertThat(expected.rating()).isEqualTo(Rating.GOOD);
    String overview = report.sections().get(0).text();
    assertThat(overview)
        .contains("Rating: Good, overall score " + expected.percentage().value() + "%")
        .contains("Good, nearer outstanding")
        .contains("QS1 Assessing needs: 3 of 4");
    assertThat(report.sections().get(1).text()).isEqualTo("People told us they waited too long.");
    assertThat(report.council().value()).isEqualTo(SALFORD);
    assertThat(report.title()).contains("Salford");
  }

  @Test
  void aStatementWithoutNarrativeSaysNoFindingsWereRecorded() throws Exception {
    Assessment assessment = scored(2, 2, 2, 2, 2, 2, 2, 2, 2);

    ComposedReport report = composer.compose(assessment.id());

    assertThat(section(report, "QS4").text())
        .contains("No findings have been recorded for this quality statement.");
    assertThat(section(report, ReportSection.PEOPLE_EXPERIENCE).text())
        .isEqualTo("No summary of people's experience has been recorded.");
    assertThat(report.htmlBody()).contains("No findings have been recorded");
  }

  @Test
  void incompleteScoresStillComposeAsADraftThatSaysSo() throws Exception {
    Assessment assessment = scored(3, null, 3, 3, 3, 3, 3, 3, null);

    ComposedReport report = composer.compose(assessment.id());

    assertThat(report.htmlBody()).contains("Draft: not published");
    assertThat(section(report, "overview").text())
        .doesNotContain("Draft: not published")
        .contains("QS2 Supporting people to live healthier lives")
        .contains("QS9");
    assertThat(section(report, "QS2").text())
        .contains("This quality statement has not been scored yet.");
  }

  @Test
  void theTextIsTheComposedReportsWithoutItsPdf() throws Exception {
    Assessment assessment = scored(3, 2, 3, 3, 4, 3, 3, 2, 3);

    ComposedReport report = composer.compose(assessment.id());
    ReportText text = composer.text(assessment.id());

    assertThat(text.sections()).isEqualTo(report.sections());
    assertThat(text.htmlBody()).isEqualTo(report.htmlBody());
    assertThat(text.title()).isEqualTo(report.title());
    assertThat(text.council()).isEqualTo(report.council());
  }

  @Test
  void nothingScoredStillComposes() throws Exception {
    Assessment assessment = scored();

    ComposedReport report = composer.compose(assessment.id());

    assertThat(section(report, "overview").text()).doesNotContain("Rating:");
    assertThat(report.htmlBody()).contains("Not rated: no quality statement has been scored yet");
  }

  @Test
  void narrativeTextIsEscapedInTheHtml() throws Exception {
    Assessment assessment = scored(3, 3, 3, 3, 3, 3, 3, 3, 3);
    writeNarrative(
        assessment.id(),
        "<script>alert('x')</script>",
        Map.of("QS1", "Waits <b>fell</b> & stayed down."));

    ComposedReport report = composer.compose(assessment.id());

    assertThat(report.htmlBody())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("Waits &lt;b&gt;fell&lt;/b&gt; &amp; stayed down.");
    assertThat(section(report, "QS1").text()).contains("Waits <b>fell</b> & stayed down.");
  }

  @Test
  void thePdfHasTheRatingScoresAndHeadingsInReadingOrderInAnEmbeddedFont() throws Exception {
    Assessment assessment = scored(3, 3, 3, 3, 4, 4, 3, 3, 3);
    writeNarrative(assessment.id(), "People were positive.", Map.of("QS7", "Safeguarding works."));
    RatingResult expected =
        ((RatingOutcome.Rated) policy.rate(assessment.ratingRequest())).result();

    ComposedReport report = composer.compose(assessment.id());

    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(expected.rating()).isEqualTo(Rating.GOOD);
      assertThat(text)
          .contains("Rating Good")
          .contains(
              "Overall score " + expected.percentage().value() + "%: Good, nearer outstanding");
      assertThat(text)
          .containsSubsequence(
              "Salford: assessment of adult social care",
              "Summary",
              "QS1 Assessing needs 3 of 4",
              "QS9 Learning, improvement and innovation 3 of 4",
              "People's experience",
              "People were positive.",
              "Theme 1",
              "QS1 Assessing needs",
              "Theme 3",
              "QS7 Safeguarding",
              "Safeguarding works.",
              "Theme 4",
              "QS9");
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(
              new String(
                  pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("pdfuaid:part");
      List<String> tags = new java.util.ArrayList<>();
      structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);
      assertThat(tags).contains("H1", "H2", "H3", "H4", "Table", "TH", "TD", "P", "L", "LI");
      assertThat(tags.stream().filter(t -> t.matches("H[1-6]")).toList())
          .startsWith("H1", "H2")
          .containsSubsequence("H2", "H3", "H4", "H2", "H3");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(report.title());
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void aLinkedNationalFigureIsShownUnderItsStatementAgainstEngland(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("salford.csv");
    Files.writeString(
        file,
        "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
            + "355,Salford,Local authority,E08000006,2B(1),Total,Outcome,87.2,2B(1)\n"
            + ",England,National,E92000001,2B(1),Total,Outcome,83.7,2B(1)\n",
        StandardCharsets.UTF_8);
    imports.importFile(IndicatorImports.Format.ASCOF, file, "s.csv", "2017-18", "test", rows -> {});
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(SALFORD),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 5, 1),
            "test");
    assertThat(evidence.link(id, "QS6", "ascof|2B(1)|2017-18|Total", "test"))
        .isEqualTo(IndicatorEvidence.Outcome.LINKED);

    ComposedReport report = composer.compose(id);

    assertThat(section(report, "QS6").text())
        .contains(
            "Older people still at home 91 days after leaving hospital into reablement, 2017-18:"
                + " 87.2% against 83.7% for England")
        .doesNotContain("No findings have been recorded");
    assertThat(section(report, "QS5").text()).contains("No findings have been recorded");
    assertThat(report.htmlBody()).contains("National figures for QS6, compared with England");
  }

  @Test
  void aReportThatCannotBeRenderedIsUnavailableWithAMessageKey() {
    Assessment assessment = scored(3, 3, 3, 3, 3, 3, 3, 3, 3);
    // A template engine that reads each template name as the template itself, so the "page" it
    // renders is not a document the PDF renderer can read.
    org.thymeleaf.spring6.SpringTemplateEngine broken =
        new org.thymeleaf.spring6.SpringTemplateEngine();
    broken.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
    ThymeleafReportComposer composer = new ThymeleafReportComposer(views, broken, pdfRendering);

    assertThatThrownBy(() -> composer.compose(assessment.id()))
        .isInstanceOfSatisfying(
            ReportUnavailable.class,
            e -> assertThat(e.messageKey()).isEqualTo("report.unavailable.pdf"));
  }

  @Test
  void anUnknownAssessmentIsUnavailableWithAMessageKey() {
    assertThatThrownBy(() -> composer.compose(AssessmentId.random()))
        .isInstanceOfSatisfying(
            ReportUnavailable.class,
            e -> assertThat(e.messageKey()).isEqualTo("report.unavailable.notFound"));
  }

  private static void structureTypes(List<Object> kids, List<String> into) {
    for (Object kid : kids) {
      if (kid
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement
              element) {
        into.add(element.getStructureType());
        structureTypes(element.getKids(), into);
      }
    }
  }

  private Assessment scored(Integer... scores) {
    Assessment assessment = AssessmentFixture.scored(SALFORD, LocalDate.of(2026, 3, 2), scores);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    return assessment;
  }

  private void writeNarrative(
      AssessmentId id, String peopleExperience, Map<String, String> findings) {
    Map<String, StatementNarrative> statements = new java.util.LinkedHashMap<>();
    findings.forEach(
        (code, text) ->
            statements.put(code, new StatementNarrative(code, text, "", "", List.of())));
    assertThat(
            narratives.add(
                id,
                new Narrative(
                    1,
                    CouncilContext.NONE,
                    peopleExperience,
                    statements,
                    Optional.of("test"),
                    Optional.of(Instant.parse("2026-03-10T10:00:00Z")))))
        .isTrue();
  }

  private static ReportSection section(ComposedReport report, String key) throws IOException {
    return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
