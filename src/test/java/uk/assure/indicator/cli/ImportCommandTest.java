package uk.assure.indicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.shared.cli.ConsoleCapture;

/**
 * {@code assure import ascof FILE --period P}: progress lines while it reads, what was stored when
 * it lands, and on a bad file a non-zero exit with every problem by row and column and nothing
 * stored. Each test uses periods of its own.
 */
@Tag("database")
@SpringBootTest
class ImportCommandTest {

  private static final String HEADER =
      "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
          + "Disaggregation Level,Measure Type,Measure Value,Measure Group,Measure Group"
          + " Description\n";
  private static final List<String> TYPES =
      List.of("Numerator", "Denominator", "Outcome", "Base", "Margin of Error");

  @TempDir Path folder;
  @Autowired CouncilRegistry registry;
  @Autowired JdbcClient jdbc;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void importsAFileShowingProgressAndWhatWasStored() throws IOException {
    List<Council> councils = registry.all();
    // Enough rows for a progress line every 10,000 rows.
    int measures = 10_000 / (councils.size() * TYPES.size()) + 1;
    StringBuilder text = new StringBuilder(HEADER);
    for (int m = 0; m < measures; m++) {
      for (Council council : councils) {
        for (String type : TYPES) {
          text.append(
              ",\"%s\",Local authority,%s,C%d,Total,%s,%s,C%d,x\n"
                  .formatted(council.name(), council.gss().value(), m, type, 50 + m, m));
        }
      }
    }
    text.append(",Nowhere,Local authority,E06999999,C0,Total,Outcome,50,C0,x\n");
    Path file = Files.writeString(folder.resolve("ascof.csv"), text);

    int exit = run("import", "ascof", file.toString(), "--period", "2051-52");

    assertThat(exit).as(console.err()).isZero();
    int values = measures * councils.size();
    assertThat(console.err())
        .contains("Read 10,000 rows")
        .contains("Not matched to a council: Nowhere (ONS code E06999999");
    assertThat(console.out())
        .contains(
            "Imported ascof.csv: %,d rows read and %,d values stored"
                .formatted(values * TYPES.size() + 1, values))
        .contains("1 not matched.");
    assertThat(valuesFor("2051-52")).isEqualTo(values);
  }

  @Test
  void aBadFileExitsNonZeroWithEveryProblemAndStoresNothing() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("bad.csv"),
            HEADER
                + "724,Hartlepool,Local authority,E06000001,2D,Total,Outcome,83.0,2D,x\n"
                + "724,Hartlepool,Local authority,E06000001,2D,Total,Outcome,eighty,2D,x\n"
                + "724,Hartlepool,Local authority,E06000001,2D,Total,Percentile,50,2D,x\n");

    int exit = run("import", "ascof", file.toString(), "--period", "2052-53");

    assertThat(exit).isEqualTo(1);
    assertThat(console.err())
        .contains("Nothing was imported from bad.csv: 2 problem(s) found.")
        .contains("row 3, Measure Value 'eighty': not a number or a known marker")
        .contains("row 4, Measure Type 'Percentile': use Numerator, Denominator");
    assertThat(console.out()).doesNotContain("Imported");
    assertThat(valuesFor("2052-53")).isZero();
  }

  @Test
  void refusesAnUnknownLayoutAMissingFileOrAFileWithoutItsPeriod() throws IOException {
    Path file = Files.writeString(folder.resolve("ok.csv"), HEADER);

    assertThat(run("import", "ascoff", file.toString(), "--period", "2053-54")).isEqualTo(2);
    assertThat(run("import", "ascof", folder.resolve("missing.csv").toString())).isEqualTo(2);
    assertThat(run("import", "ascof", file.toString())).isEqualTo(1);
    assertThat(console.err())
        .contains("Unknown layout 'ascoff': use ascof, survey, workforce or generic")
        .contains("Cannot read the file")
        .contains("give the period the file covers, such as 2022-23");
  }

  private int valuesFor(String period) {
    return jdbc.sql("SELECT count(*) FROM indicator_values WHERE period = ?")
        .param(period)
        .query(Integer.class)
        .single();
  }

  private static int run(String... args) {
    return new CommandLine(new Assure()).execute(args);
  }
}
