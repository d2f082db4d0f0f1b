package uk.assure.results;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.ScoringMethod;

/** Published ratings and councils built in memory, for tests of what the public sees. */
final class PublishedRatings {

  private static final RatingPolicy POLICY =
      new RatingPolicy(List.of("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9"));

  private PublishedRatings() {}

  static Council council(String gss, String region, CouncilType type) {
    return new Council(new GssCode(gss), gss, gss, region, type, null, List.of());
  }

  /** A 2024-12 assessment published on the given date, with scores from QS1 onwards. */
  static PublishedRating published(String gss, LocalDate on, boolean demo, Integer... scores) {
    Map<String, Integer> statementScores = AssessmentFixture.statementScores(scores);
    Assessment assessment =
        new Assessment(
            AssessmentId.random(),
            new GssCode(gss),
            ScoringMethod.STATEMENT_LEVEL,
            "2025-01",
            AssessmentStatus.PUBLISHED,
            demo,
            on.minusMonths(5),
            Optional.empty(),
            Optional.of(on),
            statementScores,
            Map.of());
    return new PublishedRating(assessment, POLICY.rate(assessment.ratingRequest()).orElseThrow());
  }

  /** A council whose rating in force is its newest full assessment, as the public pages hold it. */
  static CouncilRating rating(Council council, PublishedRating... published) {
    List<PublishedRating> history =
        java.util.Arrays.stream(published)
            .sorted(Comparator.comparing(PublishedRating::publishedOn).reversed())
            .toList();
    return new CouncilRating(
        council, history.stream().filter(p -> !p.result().partial()).findFirst(), history);
  }
}
