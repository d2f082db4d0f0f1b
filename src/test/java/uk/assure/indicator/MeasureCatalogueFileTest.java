package uk.assure.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MeasureCatalogueFileTest {

  @Test
  void theShippedCatalogueHasBothAscofSetsAndTheWorkforceMeasures() {
    MeasureCatalogue catalogue = new MeasureCatalogue();

    assertThat(catalogue.all()).hasSize(25);
    assertThat(catalogue.ascof("1C(2A)", "2022-23").orElseThrow().statements())
        .containsExactly("QS4");
    assertThat(catalogue.ascof("2B", "2023-24").orElseThrow().direction()).isEqualTo("lower");
    assertThat(catalogue.ascof("1A", "2020-21").orElseThrow().caveats()).startsWith("Score from");
    assertThat(catalogue.find("workforce", "workforce_vacancy_rate")).isPresent();
    // Unquoted in a flow mapping, "100,000" was once cut to "rate per 100" without a word.
    assertThat(catalogue.ascof("2B", "2023-24").orElseThrow().unit()).isEqualTo("rate per 100,000");
  }

  @Test
  void aMeasureForATenthStatementIsRead() {
    assertThat(
            MeasureCatalogue.read(
                new StringReader(
                    "sets:\n"
                        + "  - code: test\n"
                        + "    measures:\n"
                        + "      - {code: a, name: A, unit: percent, direction: higher,"
                        + " statements: [QS10]}\n"),
                "test.yaml"))
        .singleElement()
        .extracting(Measure::statements)
        .isEqualTo(java.util.List.of("QS10"));
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    String text =
        "sets:\n"
            + "  - code: test\n"
            + "    measures:\n"
            + "      - {code: a, name: A, unit: percent, direction: up, statements: [QS1]}\n"
            + "      - {code: b, unit: percent, direction: lower, statements: [qs2]}\n";

    assertThatThrownBy(() -> MeasureCatalogue.read(new StringReader(text), "test.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The measures catalogue test.yaml cannot be used:")
        .hasMessageContaining(
            "line 4: set 1 (test): measure 1 (a): 'direction' must be higher, lower or neither,"
                + " not up")
        .hasMessageContaining("line 5: set 1 (test): measure 2 (b): 'name' is missing")
        .hasMessageContaining(
            "line 5: set 1 (test): measure 2 (b): each of 'statements' must be a statement code,"
                + " like QS1");
  }
}
