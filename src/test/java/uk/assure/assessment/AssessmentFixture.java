package uk.assure.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.ScoringMethod;

/** Builds assessments for tests without repeating their setup. */
public final class AssessmentFixture {

  private AssessmentFixture() {}

  /** An unpublished 2024-12 assessment with one score per statement, QS1 onwards. */
  public static Assessment scored(String gss, LocalDate startedOn, Integer... scores) {
    Map<String, Integer> statementScores = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        statementScores.put("QS" + (i + 1), scores[i]);
      }
    }
    return new Assessment(
        AssessmentId.random(),
        new GssCode(gss),
        ScoringMethod.STATEMENT_LEVEL,
        "2025-01",
        AssessmentStatus.IN_PROGRESS,
        false,
        startedOn,
        Optional.empty(),
        Optional.empty(),
        statementScores,
        Map.of());
  }
}
