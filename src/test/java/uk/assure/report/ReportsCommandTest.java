package uk.assure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.journey.AssessmentJourney;
import uk.assure.shared.cli.ConsoleCapture;
import uk.assure.testing.Councils;

/** {@code assure reports generate} writes each chosen council's latest report as HTML and PDF. */
@Tag("database")
@SpringBootTest
class ReportsCommandTest {

  // Wolverhampton, Essex and Derbyshire.
  private static final String[] COUNCILS = {
    Councils.claim(ReportsCommandTest.class, "E08000031"),
    Councils.claim(ReportsCommandTest.class, "E10000012"),
    Councils.claim(ReportsCommandTest.class, "E10000007")
  };

  @TempDir Path out;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentJourney journey;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void writesHtmlAndPdfForEachCouncilInParallelWithProgress() throws Exception {
    // A newer assessment for each, so each council's latest is one of these.
    for (String gss : COUNCILS) {
      AssessmentFixture.addAfresh(
          assessments,
          journey,
          AssessmentFixture.scored(gss, LocalDate.of(2099, 1, 1), 3, 3, 3, 2, 3, 3, 4, 3, 3));
    }

    int exit =
        run(
            "reports",
            "generate",
            "--council",
            COUNCILS[0],
            "--council",
            COUNCILS[1],
            "--council",
            COUNCILS[2],
            "--out",
            out.toString(),
            "--threads",
            "2");

    String printed = console.out();
    assertThat(exit).as(printed + console.err()).isZero();
    assertThat(printed)
        .contains("Generating 3 reports")
        .contains("with 2 threads")
        .contains("[1/3]")
        .contains("[3/3]")
        .contains("Generated 3 of 3 reports");
    for (String gss : COUNCILS) {
      assertThat(Files.readString(out.resolve("report-" + gss + ".html")))
          .contains("<html lang=\"en-GB\"")
          .contains("The nine quality statement scores");
      try (PDDocument pdf = Loader.loadPDF(out.resolve("report-" + gss + ".pdf").toFile())) {
        assertThat(new PDFTextStripper().getText(pdf)).contains("QS7 Safeguarding");
      }
    }
    assertThat(Files.readString(out.resolve("report-E10000007.html"))).contains("Derbyshire");
  }

  @Test
  void refusesUnclearChoicesOfCouncils() {
    assertThat(run("reports", "generate", "--out", out.toString())).isEqualTo(2);
    assertThat(run("reports", "generate", "--council", "Devon", "--out", out.toString()))
        .isEqualTo(2);
    assertThat(console.err())
        .contains("Give either --all or one or more --council")
        .contains("\"Devon\" is not a GSS code");
  }

  private static int run(String... args) {
    return new CommandLine(new Assure()).execute(args);
  }
}
