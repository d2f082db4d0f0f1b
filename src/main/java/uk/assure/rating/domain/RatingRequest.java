package uk.assure.rating.domain;

import java.util.Map;

/**
 * Scores as a person or a file gave them, before they are checked. Under the 2024-12 method each
 * statement has a score; under 2023-12 each statement has scores per evidence category. A missing
 * or null value means the statement (or category) was not assessed.
 *
 * @param method the scoring method's code, {@code 2023-12} or {@code 2024-12}
 * @param scores statement code to score, for the 2024-12 method
 * @param categoryScores statement code to evidence category code to score, for 2023-12
 */
public record RatingRequest(
    String method, Map<String, Integer> scores, Map<String, Map<String, Integer>> categoryScores) {

  public RatingRequest {
    scores = scores == null ? Map.of() : scores;
    categoryScores = categoryScores == null ? Map.of() : categoryScores;
  }

  public static RatingRequest statementLevel(Map<String, Integer> scores) {
    return new RatingRequest(ScoringMethod.STATEMENT_LEVEL.code(), scores, null);
  }

  public static RatingRequest evidenceCategory(Map<String, Map<String, Integer>> categoryScores) {
    return new RatingRequest(ScoringMethod.EVIDENCE_CATEGORY.code(), null, categoryScores);
  }
}
