package uk.assure.market.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.shared.cli.ConsoleCapture;

/**
 * {@code assure import care-directory FILE --as-of DATE}: a good file stored once, the same file
 * again changing nothing, and a bad one refused with exit 1, every problem, and nothing stored.
 * Each test uses as-of dates of its own.
 */
@Tag("database")
@SpringBootTest
class CareDirectoryImportTest {

  private static final String HEADER =
      "Location ID,Dormant (Y/N),Location Inspection Directorate,"
          + "Location Primary Inspection Category,Location Latest Overall Rating,Publication Date,"
          + "Inherited Rating (Y/N),Location Local Authority,Provider ID,"
          + "Service type - Domiciliary care service\n";

  @TempDir Path folder;
  @Autowired JdbcClient jdbc;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private static int run(String... args) {
    return new CommandLine(new Assure()).execute(args);
  }

  private boolean stored(LocalDate asOf) {
    return jdbc.sql("SELECT count(*) FROM care_market_snapshots WHERE as_of = ?")
            .param(asOf)
            .query(Long.class)
            .single()
        == 1;
  }

  @Test
  void aGoodFileIsStoredOnceAndTheSameFileAgainChangesNothing() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("directory.csv"),
            HEADER
                + "1-1,,Adult social care,Residential social care,Good,01/01/2026,,"
                + "\"Bristol, City of\",P1,\n");

    int exit = run("import", "care-directory", file.toString(), "--as-of", "2031-01-01");

    assertThat(exit).as(console.err()).isZero();
    assertThat(console.out())
        .contains("Imported directory.csv as the care market on 2031-01-01: 1 rows read");
    assertThat(stored(LocalDate.of(2031, 1, 1))).isTrue();

    assertThat(run("import", "care-directory", file.toString(), "--as-of", "2031-01-01")).isZero();
    assertThat(console.out()).contains("already imported as the care market on 2031-01-01");
  }

  @Test
  void aBadFileExitsOneWithEveryProblemAndStoresNothing() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("bad.csv"),
            HEADER
                + "1-1,,Adult social care,Residential social care,Splendid,01/01/2026,,"
                + "Atlantis,P1,\n");

    int exit = run("import", "care-directory", file.toString(), "--as-of", "2031-02-01");

    assertThat(exit).isEqualTo(1);
    assertThat(console.err())
        .contains("Nothing was imported from bad.csv: 2 problem(s) found.")
        .contains("row 2, Location Local Authority 'Atlantis': names no council in the registry")
        .contains("row 2, Location Latest Overall Rating 'Splendid'");
    assertThat(stored(LocalDate.of(2031, 2, 1))).isFalse();
  }

  @Test
  void withoutTheAsOfDateNothingIsImported() throws IOException {
    Path file = Files.writeString(folder.resolve("directory.csv"), HEADER);

    assertThat(run("import", "care-directory", file.toString())).isEqualTo(2);
    assertThat(console.err()).contains("--as-of");
  }
}
