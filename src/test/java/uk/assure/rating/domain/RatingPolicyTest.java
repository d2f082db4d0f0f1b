package uk.assure.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.assure.rating.domain.RatingFixture.PARTNERS;
import static uk.assure.rating.domain.RatingFixture.PEOPLE;
import static uk.assure.rating.domain.RatingFixture.PROCESSES;
import static uk.assure.rating.domain.RatingFixture.STAFF;
import static uk.assure.rating.domain.RatingFixture.categories;
import static uk.assure.rating.domain.RatingFixture.problems;
import static uk.assure.rating.domain.RatingFixture.rate;
import static uk.assure.rating.domain.RatingFixture.rateCategories;
import static uk.assure.rating.domain.RatingFixture.rated;
import static uk.assure.rating.domain.RatingFixture.ratedCategories;
import static uk.assure.rating.domain.RatingFixture.ratedTotalling;
import static uk.assure.rating.domain.RatingFixture.scores;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.assure.framework.domain.EvidenceCategory;

class RatingPolicyTest {

  @Nested
  class Under_the_2024_12_method {

    @ParameterizedTest(name = "{0} of 36 is {1}% and {2}")
    @CsvSource({
      "9, 25, INADEQUATE",
      "13, 37, INADEQUATE",
      "14, 39, REQUIRES_IMPROVEMENT",
      "21, 59, REQUIRES_IMPROVEMENT",
      "22, 62, REQUIRES_IMPROVEMENT",
      "23, 64, GOOD",
      "25, 70, GOOD",
      "27, 75, GOOD",
      "31, 87, GOOD",
      "32, 89, OUTSTANDING",
      "36, 100, OUTSTANDING"
    })
    void rates_the_total_of_nine_statements(int total, int percent, Rating rating) {
      RatingResult result = ratedTotalling(total);

      assertThat(result.total()).isEqualTo(total);
      assertThat(result.maximum()).isEqualTo(36);
      assertThat(result.percentage().value()).isEqualTo(percent);
      assertThat(result.rating()).isEqualTo(rating);
      assertThat(result.method()).isEqualTo(ScoringMethod.STATEMENT_LEVEL);
    }

    @ParameterizedTest(name = "{0} of 36 is {1} tenths, shown as {2}%")
    @CsvSource({"22, 611, 62", "25, 694, 70", "21, 583, 59", "27, 750, 75"})
    void keeps_the_unrounded_percentage_beside_the_rounded_one(int total, int tenths, int percent) {
      RatingResult result = ratedTotalling(total);

      assertThat(result.exactTenths()).isEqualTo(tenths);
      assertThat(result.percentage().value()).isEqualTo(percent);
    }

    @Test
    void rates_a_full_assessment_and_keeps_every_statement_in_order() {
      RatingResult result = rated(3, 3, 4, 3, 4, 4, 3, 4, 4);

      assertThat(result.total()).isEqualTo(32);
      assertThat(result.percentage().value()).isEqualTo(89);
      assertThat(result.rating()).isEqualTo(Rating.OUTSTANDING);
      assertThat(result.position()).isEqualTo(BandPosition.LOWER);
      assertThat(result.partial()).isFalse();
      assertThat(result.notAssessed()).isEmpty();
      assertThat(result.referral()).isFalse();
      assertThat(result.statements())
          .extracting(StatementResult::code)
          .containsExactlyElementsOf(RatingFixture.STATEMENTS);
      assertThat(result.statements().get(2).score()).contains(Score.of(4));
      assertThat(result.statements().get(0).categoryScores()).isEmpty();
      assertThat(result.statements().get(0).categoryPercentage()).isEmpty();
    }

    @Test
    void gives_the_position_in_the_band() {
      assertThat(ratedTotalling(22).position()).isEqualTo(BandPosition.UPPER); // 62%
      assertThat(ratedTotalling(23).position()).isEqualTo(BandPosition.LOWER); // 64%
      assertThat(ratedTotalling(27).position()).isEqualTo(BandPosition.MIDDLE); // 75%
      assertThat(ratedTotalling(31).position()).isEqualTo(BandPosition.UPPER); // 87%
    }

    @Test
    void counts_only_the_statements_assessed_in_a_partial_assessment() {
      RatingResult result = rated(3, null, 4, 3, null, 4, 3, 4, 4);

      assertThat(result.total()).isEqualTo(25);
      assertThat(result.maximum()).isEqualTo(28);
      assertThat(result.assessedCount()).isEqualTo(7);
      assertThat(result.percentage().value()).isEqualTo(90); // 89.3 rounded up
      assertThat(result.exactTenths()).isEqualTo(893);
      assertThat(result.rating()).isEqualTo(Rating.OUTSTANDING);
      assertThat(result.partial()).isTrue();
      assertThat(result.notAssessed()).containsExactly("QS2", "QS5");
      assertThat(result.statements()).hasSize(9);
      assertThat(result.statements().get(1).assessed()).isFalse();
    }

    @Test
    void treats_a_statement_left_out_like_one_given_as_null() {
      RatingResult result = rate(Map.of("QS1", 2, "QS9", 3)).orElseThrow();

      assertThat(result.total()).isEqualTo(5);
      assertThat(result.maximum()).isEqualTo(8);
      assertThat(result.percentage().value()).isEqualTo(63);
      assertThat(result.notAssessed())
          .containsExactly("QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8");
    }

    @Test
    void flags_a_possible_section_50_notification_when_a_statement_scores_1() {
      RatingResult result = rated(3, 3, 3, 3, 3, 3, 1, 3, 3);

      assertThat(result.referral()).isTrue();
      assertThat(result.referralStatements()).containsExactly("QS7");
      assertThat(result.rating()).isEqualTo(Rating.GOOD); // 25 of 36: a good rating still flags
    }

    @Test
    void lists_every_statement_scored_1() {
      RatingResult result = rated(1, 2, 2, 2, 1, 2, 2, 2, 2);

      assertThat(result.referralStatements()).containsExactly("QS1", "QS5");
    }

    @Test
    void does_not_flag_a_notification_when_no_statement_scores_1() {
      RatingResult result = rated(2, 2, 2, 2, 2, 2, 2, 2, 2);

      assertThat(result.referral()).isFalse();
      assertThat(result.referralStatements()).isEmpty();
      assertThat(result.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    }
  }

  @Nested
  class Under_the_2023_12_method {

    @ParameterizedTest(name = "categories {0} make {1}% and a score of {2}")
    @CsvSource(
        delimiter = ';',
        value = {
          "1; 25; 1",
          "2; 50; 2",
          "3; 75; 3",
          "4; 100; 4",
          "1,2; 38; 1", // 37.5 rounds up to 38, still 1
          "2,3; 63; 3", // 62.5 rounds up to 63, so 3 not 2
          "3,4; 88; 4", // 87.5 rounds up to 88, so 4 not 3
          "1,1,2; 34; 1",
          "1,2,2; 42; 2",
          "2,3,3; 67; 3",
          "1,1,2,2; 38; 1",
          "1,2,2,2; 44; 2",
          "2,2,2,3; 57; 2",
          "2,2,3,3; 63; 3",
          "3,3,3,4; 82; 3",
          "3,3,4,4; 88; 4"
        })
    void turns_category_scores_into_a_statement_score(
        String given, int percent, int statementScore) {
      Integer[] scores =
          java.util.Arrays.stream(given.split(",")).map(Integer::valueOf).toArray(Integer[]::new);

      StatementResult statement = ratedCategories(categories(scores)).statements().get(0);

      assertThat(statement.categoryPercentage()).contains(new Percentage(percent));
      assertThat(statement.score()).contains(Score.of(statementScore));
      assertThat(statement.categoryScores()).hasSize(scores.length);
    }

    @Test
    void combines_the_statement_scores_as_the_2024_12_method_does() {
      RatingResult result =
          ratedCategories(
              categories(3, 3, 3, 2), // 69% -> 3
              categories(2, 2, 3, 3), // 63% -> 3
              categories(4, 4, 3, 4), // 94% -> 4
              categories(2, 2, 2, 2), // 50% -> 2
              categories(1, 2, 2, 2), // 44% -> 2
              categories(3, 3, 3, 3), // 75% -> 3
              categories(3, 3, 4, 4), // 88% -> 4
              categories(3, 3, 3, 3), // 75% -> 3
              categories(2, 3, 3, 3)); // 69% -> 3

      assertThat(result.method()).isEqualTo(ScoringMethod.EVIDENCE_CATEGORY);
      assertThat(result.statements())
          .extracting(s -> s.score().orElseThrow().value())
          .containsExactly(3, 3, 4, 2, 2, 3, 4, 3, 3);
      assertThat(result.total()).isEqualTo(27);
      assertThat(result.maximum()).isEqualTo(36);
      assertThat(result.percentage().value()).isEqualTo(75);
      assertThat(result.rating()).isEqualTo(Rating.GOOD);
      assertThat(result.statements().get(0).categoryScores())
          .containsEntry(EvidenceCategory.PEOPLE_EXPERIENCE, Score.of(3))
          .containsEntry(EvidenceCategory.PROCESSES, Score.of(2));
      assertThat(result.statements().get(0).categoryTotal()).isEqualTo(11);
      assertThat(result.statements().get(0).categoryMaximum()).isEqualTo(16);
    }

    @Test
    void counts_only_the_categories_scored_for_a_statement() {
      Map<String, Integer> some = new LinkedHashMap<>();
      some.put(PEOPLE, 4);
      some.put(STAFF, null);
      some.put(PROCESSES, 3);

      StatementResult statement = ratedCategories(some).statements().get(0);

      assertThat(statement.categoryScores()).hasSize(2);
      assertThat(statement.categoryPercentage()).contains(new Percentage(88));
      assertThat(statement.score()).contains(Score.of(4));
    }

    @Test
    void leaves_a_statement_not_assessed_when_it_is_null_empty_or_has_only_null_categories() {
      Map<String, Map<String, Integer>> given = new HashMap<>();
      given.put("QS1", categories(3, 3, 3, 3));
      given.put("QS2", null);
      given.put("QS3", Map.of());
      Map<String, Integer> nulls = new HashMap<>();
      nulls.put(PEOPLE, null);
      given.put("QS4", nulls);

      RatingResult result = rateCategories(given).orElseThrow();

      assertThat(result.partial()).isTrue();
      assertThat(result.notAssessed())
          .containsExactly("QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
      assertThat(result.total()).isEqualTo(3);
      assertThat(result.maximum()).isEqualTo(4);
      assertThat(result.statements().get(1).categoryScores()).isEmpty();
      assertThat(result.statements().get(1).categoryPercentage()).isEmpty();
    }

    @Test
    void flags_a_notification_when_categories_convert_to_a_statement_score_of_1() {
      RatingResult result =
          ratedCategories(categories(3, 3, 3, 3), categories(1, 1, 2, 2), categories(4));

      assertThat(result.referral()).isTrue();
      assertThat(result.referralStatements()).containsExactly("QS2");
    }
  }

  @Nested
  class Refuses {

    @Test
    void a_score_of_0_naming_the_statement() {
      List<InputProblem> problems = problems(rate(scores(3, 0, 3)));

      assertThat(problems)
          .containsExactly(
              new InputProblem(
                  "scores.QS2", "The score for QS2 must be a whole number from 1 to 4, not 0."));
    }

    @Test
    void a_score_of_5_naming_the_statement() {
      assertThat(problems(rate(scores(3, 3, 3, 3, 3, 3, 3, 3, 5))))
          .extracting(InputProblem::field)
          .containsExactly("scores.QS9");
    }

    @Test
    void every_bad_score_at_once() {
      assertThat(problems(rate(scores(0, 3, 5, -1))))
          .extracting(InputProblem::field)
          .containsExactly("scores.QS1", "scores.QS3", "scores.QS4");
    }

    @Test
    void an_unknown_statement() {
      List<InputProblem> problems = problems(rate(Map.of("QS10", 3, "QS1", 3)));

      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).field()).isEqualTo("scores.QS10");
      assertThat(problems.get(0).message())
          .isEqualTo(
              "\"QS10\" is not a quality statement of this framework: use QS1, QS2, QS3, QS4,"
                  + " QS5, QS6, QS7, QS8, QS9.");
    }

    @Test
    void an_assessment_with_nothing_scored() {
      assertThat(problems(rate(Map.of())))
          .containsExactly(
              new InputProblem(
                  "scores", "Nothing was assessed: score at least one quality statement."));
      assertThat(problems(rate(scores(null, null))))
          .extracting(InputProblem::field)
          .containsExactly("scores");
      assertThat(problems(rateCategories(Map.of("QS1", Map.of()))))
          .extracting(InputProblem::field)
          .containsExactly("categoryScores");
    }

    @Test
    void category_scores_under_the_2024_12_method() {
      RatingRequest request = new RatingRequest("2024-12", scores(3), Map.of("QS1", categories(3)));

      List<InputProblem> problems = problems(RatingFixture.policy().rate(request));

      assertThat(problems).extracting(InputProblem::field).containsExactly("categoryScores");
      assertThat(problems.get(0).message()).contains("2023-12");
    }

    @Test
    void statement_scores_under_the_2023_12_method() {
      RatingRequest request = new RatingRequest("2023-12", scores(3), Map.of("QS1", categories(3)));

      List<InputProblem> problems = problems(RatingFixture.policy().rate(request));

      assertThat(problems).extracting(InputProblem::field).containsExactly("scores");
      assertThat(problems.get(0).message()).contains("categoryScores");
    }

    @Test
    void an_unknown_evidence_category() {
      List<InputProblem> problems = problems(rateCategories(Map.of("QS1", Map.of("GUESSWORK", 3))));

      assertThat(problems)
          .containsExactly(
              new InputProblem(
                  "categoryScores.QS1.GUESSWORK",
                  "\"GUESSWORK\" is not an evidence category: use one of PEOPLE_EXPERIENCE,"
                      + " FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS, PROCESSES."));
    }

    @Test
    void the_categories_not_used_for_councils() {
      Map<String, Integer> given = new LinkedHashMap<>();
      given.put("OUTCOMES", 3);
      given.put("OBSERVATION", null);
      given.put(PARTNERS, 3);

      List<InputProblem> problems = problems(rateCategories(Map.of("QS4", given)));

      assertThat(problems)
          .extracting(InputProblem::field)
          .containsExactly("categoryScores.QS4.OUTCOMES", "categoryScores.QS4.OBSERVATION");
      assertThat(problems.get(0).message())
          .startsWith("The OUTCOMES evidence category is not used for councils");
    }

    @Test
    void a_category_score_out_of_range_naming_statement_and_category() {
      assertThat(problems(rateCategories(Map.of("QS2", categories(3, 5)))))
          .containsExactly(
              new InputProblem(
                  "categoryScores.QS2." + STAFF,
                  "The score for QS2 FEEDBACK_STAFF_LEADERS must be a whole number from 1 to 4,"
                      + " not 5."));
    }

    @Test
    void an_unknown_statement_under_the_2023_12_method() {
      assertThat(problems(rateCategories(Map.of("QS10", categories(3)))))
          .extracting(InputProblem::field)
          .containsExactly("categoryScores.QS10");
    }

    @Test
    void an_unknown_method() {
      RatingOutcome outcome =
          RatingFixture.policy().rate(new RatingRequest("2025-01", scores(3), null));

      assertThat(problems(outcome))
          .containsExactly(
              new InputProblem(
                  "method",
                  "The scoring method \"2025-01\" is not known: use 2023-12 or 2024-12."));
    }

    @Test
    void a_missing_method() {
      RatingOutcome outcome = RatingFixture.policy().rate(new RatingRequest(null, scores(3), null));

      assertThat(problems(outcome))
          .containsExactly(
              new InputProblem("method", "Give the scoring method: 2023-12 or 2024-12."));
    }

    @Test
    void a_framework_without_distinct_statements() {
      assertThatThrownBy(() -> new RatingPolicy(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new RatingPolicy(List.of("QS1", "QS1")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void gives_the_result_only_once_the_scores_are_accepted() {
    RatingOutcome refused = rate(scores(9));

    assertThatThrownBy(refused::orElseThrow).isInstanceOf(IllegalStateException.class);
    assertThat(rate(scores(3)).orElseThrow().statements().get(0).score())
        .isEqualTo(Optional.of(Score.of(3)));
  }
}
