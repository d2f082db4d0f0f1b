package uk.assure.rating.domain;

import java.util.Map;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * One quality statement's part in a rating. Under the 2023-12 method it also carries the category
 * scores and the arithmetic that turned them into the statement score.
 *
 * @param code the statement's code, for example QS1
 * @param score the statement score, empty when the statement was not assessed
 * @param categoryScores the evidence category scores (2023-12 method only)
 * @param categoryPercentage the rounded-up percentage of the category scores (2023-12 only)
 */
public record StatementResult(
    String code,
    Optional<Score> score,
    Map<EvidenceCategory, Score> categoryScores,
    Optional<Percentage> categoryPercentage) {

  public StatementResult {
    categoryScores = Map.copyOf(categoryScores);
  }

  public boolean assessed() {
    return score.isPresent();
  }

  public int categoryTotal() {
    return categoryScores.values().stream().mapToInt(Score::value).sum();
  }

  public int categoryMaximum() {
    return Score.MAX * categoryScores.size();
  }
}
