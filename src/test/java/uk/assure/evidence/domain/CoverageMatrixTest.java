package uk.assure.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.assure.framework.domain.EvidenceCategory;

class CoverageMatrixTest {

  @Test
  void talliesFromEverySourceAddUpPerStatementAndCategoryAndEmptyCellsAreGaps() {
    CoverageMatrix matrix =
        CoverageMatrix.of(
            List.of("QS1", "QS2"),
            List.of(
                new EvidenceTally("QS1", EvidenceCategory.PROCESSES, "information-return", 2),
                new EvidenceTally("QS1", EvidenceCategory.PROCESSES, "national-data", 3),
                new EvidenceTally("QS1", EvidenceCategory.PEOPLE_EXPERIENCE, "case-notes", 1),
                new EvidenceTally("QS1", EvidenceCategory.OUTCOMES, "elsewhere", 9)));

    CoverageMatrix.Cell processes = matrix.rows().get(0).cells().get(3);
    assertThat(processes.count()).isEqualTo(5);
    assertThat(processes.bySource()).isEqualTo(Map.of("information-return", 2, "national-data", 3));
    assertThat(matrix.rows().get(0).gaps())
        .containsExactly(
            EvidenceCategory.FEEDBACK_STAFF_LEADERS, EvidenceCategory.FEEDBACK_PARTNERS);
    assertThat(matrix.rows().get(1).gaps()).hasSize(4);
    assertThat(matrix.gaps()).hasSize(6);
  }
}
