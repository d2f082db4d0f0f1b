package uk.assure.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.rating.domain.ScoringMethod;

/**
 * Generates an illustrative assessment for a council. The same council always gets the same scores
 * and dates, so the demonstration looks the same on every machine. The spread of ratings roughly
 * follows the first national round (most councils good, a quarter requiring improvement, a few
 * outstanding or inadequate); nothing here is a real result.
 */
final class DemonstrationScores {

  /** Assessments published before this date were scored under the 2023-12 method. */
  static final LocalDate STATEMENT_METHOD_FROM = LocalDate.of(2024, 12, 1);

  private static final LocalDate FIRST_PUBLICATION = LocalDate.of(2024, 2, 1);
  private static final int PUBLICATION_WINDOW_DAYS = 790;
  private static final long SEED = 20231201L;

  /**
   * How each statement tends to differ from a council's overall level, in twentieths of a point:
   * support for carers and equality data were nationally weak, partnerships and safe pathways
   * (reablement) relatively strong.
   */
  private static final Map<String, Integer> STATEMENT_TENDENCY =
      Map.of(
          "QS1", -4, "QS2", 0, "QS3", -5, "QS4", -1, "QS5", 3, "QS6", 2, "QS7", 0, "QS8", 0, "QS9",
          1);

  private DemonstrationScores() {}

  /** An unpublished assessment ready to be stored, and the date to publish it on. */
  record Generated(Assessment assessment, LocalDate publishOn) {}

  static Generated forCouncil(GssCode gss, List<String> statements, String frameworkVersion) {
    Random random = new Random(SEED ^ gss.value().hashCode());
    LocalDate published = FIRST_PUBLICATION.plusDays(random.nextInt(PUBLICATION_WINDOW_DAYS));
    LocalDate started = published.minusDays(140 + random.nextInt(40));
    LocalDate siteVisit = published.minusDays(80 + random.nextInt(30));
    double level = overallLevel(random);
    Map<String, Integer> statementScores = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> categoryScores = new LinkedHashMap<>();
    boolean statementMethod = !published.isBefore(STATEMENT_METHOD_FROM);
    for (String statement : statements) {
      double target = level + STATEMENT_TENDENCY.getOrDefault(statement, 0) / 20.0;
      if (statementMethod) {
        statementScores.put(statement, score(target + random.nextGaussian() * 0.45));
      } else {
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (EvidenceCategory category : EvidenceCategory.values()) {
          if (category.usedForCouncils()) {
            categories.put(category.code(), score(target + random.nextGaussian() * 0.5));
          }
        }
        categoryScores.put(statement, categories);
      }
    }
    Assessment assessment =
        new Assessment(
            new AssessmentId(new java.util.UUID(SEED, gss.value().hashCode())),
            gss,
            statementMethod ? ScoringMethod.STATEMENT_LEVEL : ScoringMethod.EVIDENCE_CATEGORY,
            frameworkVersion,
            AssessmentStatus.IN_PROGRESS,
            true,
            started,
            Optional.of(siteVisit),
            Optional.empty(),
            statementScores,
            categoryScores);
    return new Generated(assessment, published);
  }

  private static double overallLevel(Random random) {
    double draw = random.nextDouble();
    if (draw < 0.04) {
      return 1.6;
    } else if (draw < 0.34) {
      return 2.3;
    } else if (draw < 0.965) {
      return 3.0;
    }
    return 3.6;
  }

  private static int score(double value) {
    return (int) Math.max(1, Math.min(4, Math.round(value)));
  }
}
