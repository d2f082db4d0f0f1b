package uk.assure.rating.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores and policies for rating tests, so each test states only what matters to it. */
final class RatingFixture {

  static final List<String> STATEMENTS =
      List.of("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");

  static final String PEOPLE = "PEOPLE_EXPERIENCE";
  static final String STAFF = "FEEDBACK_STAFF_LEADERS";
  static final String PARTNERS = "FEEDBACK_PARTNERS";
  static final String PROCESSES = "PROCESSES";

  private RatingFixture() {}

  static RatingPolicy policy() {
    return new RatingPolicy(STATEMENTS);
  }

  /** Statement scores in framework order; {@code null} leaves a statement not assessed. */
  static Map<String, Integer> scores(Integer... scores) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      map.put(STATEMENTS.get(i), scores[i]);
    }
    return map;
  }

  /** Nine statement scores adding up to {@code total}, as evenly spread as possible. */
  static Map<String, Integer> totalling(int total) {
    if (total < 9 || total > 36) {
      throw new IllegalArgumentException("Nine scores add up to 9 to 36, not " + total);
    }
    Integer[] scores = new Integer[9];
    Arrays.fill(scores, total / 9);
    for (int i = 0; i < total % 9; i++) {
      scores[i]++;
    }
    return scores(scores);
  }

  static RatingOutcome rate(Map<String, Integer> scores) {
    return policy().rate(RatingRequest.statementLevel(scores));
  }

  static RatingResult rated(Integer... scores) {
    return rate(scores(scores)).orElseThrow();
  }

  static RatingResult ratedTotalling(int total) {
    return rate(totalling(total)).orElseThrow();
  }

  /** Category scores in the order people, staff and leaders, partners, processes. */
  static Map<String, Integer> categories(Integer... scores) {
    List<String> codes = List.of(PEOPLE, STAFF, PARTNERS, PROCESSES);
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      map.put(codes.get(i), scores[i]);
    }
    return map;
  }

  static RatingOutcome rateCategories(Map<String, Map<String, Integer>> categoryScores) {
    return policy().rate(RatingRequest.evidenceCategory(categoryScores));
  }

  /** One statement's categories under each of the first statements, the rest not assessed. */
  @SafeVarargs
  static RatingResult ratedCategories(Map<String, Integer>... perStatement) {
    Map<String, Map<String, Integer>> map = new LinkedHashMap<>();
    for (int i = 0; i < perStatement.length; i++) {
      map.put(STATEMENTS.get(i), perStatement[i]);
    }
    return rateCategories(map).orElseThrow();
  }

  static List<InputProblem> problems(RatingOutcome outcome) {
    if (outcome instanceof RatingOutcome.Refused refused) {
      return refused.problems();
    }
    throw new AssertionError("Expected the scores to be refused, but they were rated: " + outcome);
  }
}
