package uk.assure.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.domain.RatingRequest;
import uk.assure.rating.domain.ScoringMethod;

/**
 * The items a scoring page asks for, under the assessment's method: one score per statement
 * (2024-12), or one per statement and evidence category used for councils (2023-12).
 */
record ScoreSheet(ScoringMethod method, List<Item> items) {

  /** One score to choose: its form key, the statement, and the category under 2023-12. */
  record Item(String key, String statementCode, String statementName, String categoryName) {

    public String fieldId() {
      return "score-" + key.replace('/', '-');
    }
  }

  static ScoreSheet of(ScoringMethod method, Framework framework) {
    List<Item> items = new ArrayList<>();
    for (QualityStatement statement : framework.statements()) {
      if (method == ScoringMethod.STATEMENT_LEVEL) {
        items.add(new Item(statement.code(), statement.code(), statement.name(), null));
      } else {
        for (EvidenceCategory category : EvidenceCategory.values()) {
          if (category.usedForCouncils()) {
            items.add(
                new Item(
                    statement.code() + "/" + category.code(),
                    statement.code(),
                    statement.name(),
                    framework.evidenceCategory(category).name()));
          }
        }
      }
    }
    return new ScoreSheet(method, List.copyOf(items));
  }

  /**
   * The posted scores as whole numbers, or empty with the keys that are not a score from 1 to 4. A
   * blank choice means not assessed; keys the sheet does not ask for are refused.
   */
  Parsed parse(Map<String, String> posted) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    List<String> invalid = new ArrayList<>();
    for (String key : posted.keySet()) {
      if (items.stream().noneMatch(item -> item.key().equals(key))) {
        invalid.add(key);
      }
    }
    for (Item item : items) {
      String value = posted.getOrDefault(item.key(), "").strip();
      if (value.isEmpty()) {
        continue;
      }
      if (value.matches("[1-4]")) {
        scores.put(item.key(), Integer.parseInt(value));
      } else {
        invalid.add(item.key());
      }
    }
    return new Parsed(scores, invalid);
  }

  record Parsed(Map<String, Integer> scores, List<String> invalid) {
    boolean valid() {
      return invalid.isEmpty();
    }
  }

  /** The scores as the rating policy reads them, for the preview. */
  RatingRequest request(Map<String, Integer> scores) {
    if (method == ScoringMethod.STATEMENT_LEVEL) {
      return RatingRequest.statementLevel(scores);
    }
    return RatingRequest.evidenceCategory(AssessmentScoring.unflatten(scores));
  }

  Optional<Item> item(String key) {
    return items.stream().filter(i -> i.key().equals(key)).findFirst();
  }
}
