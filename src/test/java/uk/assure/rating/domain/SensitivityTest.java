package uk.assure.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.assure.rating.domain.RatingFixture.categories;
import static uk.assure.rating.domain.RatingFixture.rated;
import static uk.assure.rating.domain.RatingFixture.ratedCategories;
import static uk.assure.rating.domain.RatingFixture.ratedTotalling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitivityTest {

  private static final RatingChange.Unit STATEMENT = RatingChange.Unit.STATEMENT_POINTS;
  private static final RatingChange.Unit CATEGORY = RatingChange.Unit.CATEGORY_POINTS;

  @Test
  void one_point_lifts_good_at_87_percent_to_outstanding() {
    RatingResult result = ratedTotalling(31);

    assertThat(result.up()).contains(new RatingChange(Rating.OUTSTANDING, 1, STATEMENT));
    assertThat(result.down())
        .contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 9, STATEMENT)); // to 22: 62%
  }

  @Test
  void losing_one_point_drops_good_at_64_percent_to_requires_improvement() {
    RatingResult result = ratedTotalling(23);

    assertThat(result.down()).contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 1, STATEMENT));
    assertThat(result.up()).contains(new RatingChange(Rating.OUTSTANDING, 9, STATEMENT));
  }

  @Test
  void requires_improvement_at_62_percent_is_one_point_from_good() {
    RatingResult result = ratedTotalling(22);

    assertThat(result.up()).contains(new RatingChange(Rating.GOOD, 1, STATEMENT));
    assertThat(result.down()).contains(new RatingChange(Rating.INADEQUATE, 9, STATEMENT));
  }

  @Test
  void outstanding_cannot_rise_and_inadequate_cannot_fall() {
    RatingResult top = ratedTotalling(36);
    RatingResult bottom = ratedTotalling(9);

    assertThat(top.up()).isEmpty();
    assertThat(top.down()).contains(new RatingChange(Rating.GOOD, 5, STATEMENT)); // to 31: 87%
    assertThat(bottom.down()).isEmpty();
    assertThat(bottom.up())
        .contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 5, STATEMENT)); // to 14: 39%
  }

  @Test
  void counts_only_assessed_statements_in_a_partial_assessment() {
    // 5 of 8 is 63%: good, one point from requires improvement, 2 from outstanding (7 of 8: 88%).
    RatingResult result = rated(2, null, null, null, null, null, null, null, 3);

    assertThat(result.down()).contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 1, STATEMENT));
    assertThat(result.up()).contains(new RatingChange(Rating.OUTSTANDING, 2, STATEMENT));
  }

  @Test
  void counts_evidence_category_points_under_the_2023_12_method() {
    // 2,2,3,3 is 63% and scores 3; alone that is 75%, good.
    RatingResult result = ratedCategories(categories(2, 2, 3, 3));

    assertThat(result.rating()).isEqualTo(Rating.GOOD);
    // One category point down: 2,2,2,3 is 57% and scores 2, so 50%.
    assertThat(result.down()).contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 1, CATEGORY));
    // Scoring 4 needs 88%, 14 of 16: four more category points.
    assertThat(result.up()).contains(new RatingChange(Rating.OUTSTANDING, 4, CATEGORY));
  }

  @Test
  void picks_the_statements_where_category_points_go_furthest() {
    // QS1: 3,3 is 75% (3); 3,4 is 88% (4). QS2: 3,3,3,3 is 75% (3); 4 needs 14 of 16.
    // Together 6 of 8, 75%, good; outstanding needs 7 of 8: one point, on QS1.
    RatingResult result = ratedCategories(categories(3, 3), categories(3, 3, 3, 3));

    assertThat(result.up()).contains(new RatingChange(Rating.OUTSTANDING, 1, CATEGORY));
    // 5 of 8 is still 63%, so requires improvement needs 4 of 8: two statement points down.
    // QS1 to 1 takes 3 category points (1,2 is 38%); QS1 and QS2 down one each takes 2 + 3.
    assertThat(result.down()).contains(new RatingChange(Rating.REQUIRES_IMPROVEMENT, 3, CATEGORY));
  }

  @ParameterizedTest(name = "{0} statements")
  @ValueSource(ints = {1, 2, 3, 4})
  void reports_the_true_minimum_under_the_2024_12_method(int statements) {
    int[] shape = new int[statements];
    java.util.Arrays.fill(shape, 1);
    checkAgainstBruteForce(shape, ScoringMethod.STATEMENT_LEVEL);
  }

  @ParameterizedTest(name = "categories per statement {0}")
  @ValueSource(strings = {"4", "1,1,1", "2,2", "3,2", "2,1,2", "4,1", "1,1,1,1,1", "3,3", "4,2"})
  void reports_the_true_minimum_under_the_2023_12_method(String categoriesPerStatement) {
    int[] shape =
        java.util.Arrays.stream(categoriesPerStatement.split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    checkAgainstBruteForce(shape, ScoringMethod.EVIDENCE_CATEGORY);
  }

  /**
   * For every possible set of scores of the given shape, tries every other set of scores and checks
   * that the engine's reported change is the fewest single-point moves (the sum of the absolute
   * differences) that reach a higher, or lower, rating, and names the nearest such rating.
   */
  private static void checkAgainstBruteForce(int[] shape, ScoringMethod method) {
    int points = java.util.Arrays.stream(shape).sum();
    int combinations = 1 << (2 * points);
    int[] bands = new int[combinations];
    for (int i = 0; i < combinations; i++) {
      bands[i] = bandOf(shape, decode(i, points));
    }
    for (int start = 0; start < combinations; start++) {
      int[] scores = decode(start, points);
      Optional<RatingChange> expectedUp = Optional.empty();
      Optional<RatingChange> expectedDown = Optional.empty();
      int bestUp = Integer.MAX_VALUE;
      int bestDown = Integer.MAX_VALUE;
      RatingChange.Unit unit = method == ScoringMethod.STATEMENT_LEVEL ? STATEMENT : CATEGORY;
      for (int target = 0; target < combinations; target++) {
        int distance = distance(scores, decode(target, points));
        Rating reached = Rating.values()[bands[target]];
        if (bands[target] > bands[start]
            && (distance < bestUp
                || distance == bestUp && reached.compareTo(expectedUp.get().to()) < 0)) {
          bestUp = distance;
          expectedUp = Optional.of(new RatingChange(reached, distance, unit));
        }
        if (bands[target] < bands[start]
            && (distance < bestDown
                || distance == bestDown && reached.compareTo(expectedDown.get().to()) > 0)) {
          bestDown = distance;
          expectedDown = Optional.of(new RatingChange(reached, distance, unit));
        }
      }
      RatingResult result = rate(shape, scores, method);
      String description = java.util.Arrays.toString(scores);
      assertThat(result.rating().ordinal()).as(description).isEqualTo(bands[start]);
      assertThat(result.up()).as("up from " + description).isEqualTo(expectedUp);
      assertThat(result.down()).as("down from " + description).isEqualTo(expectedDown);
    }
  }

  private static RatingResult rate(int[] shape, int[] scores, ScoringMethod method) {
    List<String> categoryCodes =
        List.of(
            RatingFixture.PEOPLE,
            RatingFixture.STAFF,
            RatingFixture.PARTNERS,
            RatingFixture.PROCESSES);
    Map<String, Integer> statementScores = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> categoryScores = new LinkedHashMap<>();
    int next = 0;
    for (int s = 0; s < shape.length; s++) {
      Map<String, Integer> categories = new LinkedHashMap<>();
      for (int c = 0; c < shape[s]; c++) {
        categories.put(categoryCodes.get(c), scores[next++]);
      }
      categoryScores.put(RatingFixture.STATEMENTS.get(s), categories);
      statementScores.put(RatingFixture.STATEMENTS.get(s), categories.values().iterator().next());
    }
    RatingRequest request =
        method == ScoringMethod.STATEMENT_LEVEL
            ? RatingRequest.statementLevel(statementScores)
            : RatingRequest.evidenceCategory(categoryScores);
    return RatingFixture.policy().rate(request).orElseThrow();
  }

  /** The band, 0 inadequate to 3 outstanding, worked out independently of the engine. */
  private static int bandOf(int[] shape, int[] scores) {
    int total = 0;
    int next = 0;
    for (int categories : shape) {
      int sum = 0;
      for (int c = 0; c < categories; c++) {
        sum += scores[next++];
      }
      total += bandOfPercent(percent(sum, 4 * categories)) + 1;
    }
    return bandOfPercent(percent(total, 4 * shape.length));
  }

  private static int percent(int total, int maximum) {
    return BigDecimal.valueOf(100L * total)
        .divide(BigDecimal.valueOf(maximum), 0, RoundingMode.CEILING)
        .intValueExact();
  }

  private static int bandOfPercent(int percent) {
    if (percent <= 38) {
      return 0;
    }
    if (percent <= 62) {
      return 1;
    }
    return percent <= 87 ? 2 : 3;
  }

  private static int[] decode(int code, int length) {
    int[] scores = new int[length];
    for (int i = 0; i < length; i++) {
      scores[i] = ((code >> (2 * i)) & 3) + 1;
    }
    return scores;
  }

  private static int distance(int[] a, int[] b) {
    int sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum;
  }
}
