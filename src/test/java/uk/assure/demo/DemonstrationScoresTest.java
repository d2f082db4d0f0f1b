package uk.assure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.ScoringMethod;

class DemonstrationScoresTest {

  private static final List<String> STATEMENTS =
      IntStream.rangeClosed(1, 9).mapToObj(i -> "QS" + i).toList();

  @Test
  void theSameCouncilAlwaysGetsTheSameIllustrativeAssessment() {
    var first = DemonstrationScores.forCouncil(new GssCode("E09000007"), STATEMENTS, "v");
    var second = DemonstrationScores.forCouncil(new GssCode("E09000007"), STATEMENTS, "v");

    assertThat(first).isEqualTo(second);
    assertThat(first.assessment().demo()).isTrue();
  }

  @Test
  void generatedAssessmentsAreMarkedAsDemonstrationAndRateUnderTheMethodOfTheirDate() {
    RatingPolicy policy = new RatingPolicy(STATEMENTS);
    for (int i = 1; i <= 60; i++) {
      var generated =
          DemonstrationScores.forCouncil(new GssCode(String.format("E06%06d", i)), STATEMENTS, "v");
      ScoringMethod expected =
          generated.publishOn().isBefore(DemonstrationScores.STATEMENT_METHOD_FROM)
              ? ScoringMethod.EVIDENCE_CATEGORY
              : ScoringMethod.STATEMENT_LEVEL;
      assertThat(generated.assessment().demo()).isTrue();
      assertThat(generated.assessment().method()).isEqualTo(expected);
      assertThat(policy.rate(generated.assessment().ratingRequest()).orElseThrow().partial())
          .isFalse();
    }
  }
}
