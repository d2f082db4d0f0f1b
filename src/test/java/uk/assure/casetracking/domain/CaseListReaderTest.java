package uk.assure.casetracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseListReaderTest {

  private static Map.Entry<Long, Map<String, String>> row(long line, String... cells) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      map.put(CaseListReader.COLUMNS.get(i), cells[i]);
    }
    return new AbstractMap.SimpleEntry<>(line, map);
  }

  @Test
  void aCleanListIsReadWithCodesOrLabelsInAnyCase() {
    CaseListReader.Result result =
        CaseListReader.read(
            List.of(
                row(2, "CT-1", "65-74", "Physical support", "own_home", "Yes", "no", "N", "y"),
                row(
                    3,
                    "CT-2",
                    "85+",
                    "MENTAL_HEALTH",
                    "Nursing care",
                    "false",
                    "true",
                    "no",
                    "no")));
    assertThat(result.clean()).isTrue();
    assertThat(result.cases())
        .extracting(CaseRecord::supportReason)
        .containsExactly(Cohort.SupportReason.PHYSICAL, Cohort.SupportReason.MENTAL_HEALTH);
  }

  @Test
  void everyProblemIsListedByRowAndColumnAndNoCaseIsTaken() {
    CaseListReader.Result result =
        CaseListReader.read(
            List.of(
                row(2, "CT-1", "65-74", "physical", "own_home", "yes", "no", "no", "no"),
                row(3, "Jane Smith", "90", "physical", "own_home", "maybe", "no", "no", "no"),
                row(4, "CT-1", "65-74", "physical", "", "yes", "no", "no", "no")));
    assertThat(result.cases()).isEmpty();
    assertThat(result.problems())
        .extracting(
            CaseListReader.Problem::line,
            CaseListReader.Problem::column,
            CaseListReader.Problem::reasonKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "case_reference", "cases.problem.reference"),
            org.assertj.core.groups.Tuple.tuple(3L, "age_band", "cases.problem.age_band"),
            org.assertj.core.groups.Tuple.tuple(3L, "carer", "cases.problem.carer"),
            org.assertj.core.groups.Tuple.tuple(4L, "case_reference", "cases.problem.duplicate"),
            org.assertj.core.groups.Tuple.tuple(4L, "setting", "cases.problem.missing"));
  }

  @Test
  void anEmptyListIsRefused() {
    assertThat(CaseListReader.read(List.of()).problems())
        .extracting(CaseListReader.Problem::reasonKey)
        .containsExactly("cases.problem.noRows");
  }
}
