package uk.assure.rating.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.framework.FrameworkFileFixture;

class CheckFrameworkCommandTest {

  @TempDir Path directory;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aValidFileIsReportedWithItsThemesAndStatements() throws Exception {
    Path file = write(FrameworkFileFixture.bundled());

    int exitCode = assure("framework", "check", file.toString());

    assertThat(exitCode).isZero();
    assertThat(out.toString().strip()).isEqualTo("valid: 4 themes, 9 statements");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theRevisedTestFileIsValid() {
    int exitCode = assure("framework", "check", "src/test/resources/framework/revised.yaml");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("valid: 4 themes, 9 statements");
  }

  @Test
  void anInvalidFileListsEveryProblemAndExitsWithOne() throws Exception {
    FrameworkFileFixture bad =
        FrameworkFileFixture.bundled()
            .replacing("code: QS2", "code: QS1")
            .replacing("from: 63", "from: 64");
    Path file = write(bad);

    int exitCode = assure("framework", "check", file.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "invalid: " + file + " has 2 problems:",
            "  - line "
                + bad.lineOf("  - code: QS1\n    theme: 1\n    name: Supporting")
                + ": statement 2 (QS1): QS1 is used by an earlier statement too",
            "  - line "
                + bad.lineOf("from: 64")
                + ": rating band 3 (good): the band starts at 64% in this file, but the rating"
                + " rules give good to 63-87%; bands are rating rules, so a change to them needs"
                + " a change to Assure itself");
  }

  @Test
  void aFileThatIsNotYamlIsReported() throws Exception {
    Path file = Files.writeString(directory.resolve("framework.yaml"), "themes: [unclosed\n");

    int exitCode = assure("framework", "check", file.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("has 1 problem:").contains("this is not valid YAML");
  }

  @Test
  void aMissingFileIsReported() {
    Path file = directory.resolve("nowhere.yaml");

    int exitCode = assure("framework", "check", file.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("the file " + file + ": there is no such file");
  }

  @Test
  void checkWithoutAFileIsAUsageError() {
    int exitCode = assure("framework", "check");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void frameworkWithoutASubcommandIsAUsageError() {
    int exitCode = assure("framework");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("check FILE");
  }

  private int assure(String... args) {
    CommandLine commandLine = new CommandLine(new Assure());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path write(FrameworkFileFixture file) throws Exception {
    return Files.writeString(directory.resolve("framework.yaml"), file.text());
  }
}
