package uk.assure.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void textThatLooksLikeAFormulaCannotRunInASpreadsheet() {
    assertThat(CouncilIndicatorsController.cell("=HYPERLINK(\"x\")"))
        .isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CouncilIndicatorsController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CouncilIndicatorsController.cell("2B(1)")).isEqualTo("2B(1)");
    assertThat(CouncilIndicatorsController.cell("")).isEmpty();
  }
}
