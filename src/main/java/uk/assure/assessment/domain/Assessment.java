package uk.assure.assessment.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.RatingRequest;
import uk.assure.rating.domain.ScoringMethod;

/**
 * One assessment of one council: the scoring method it is scored under, its dates and its scores.
 * Under the 2024-12 method it holds a score per statement; under 2023-12, scores per evidence
 * category for each statement. A published assessment never changes.
 *
 * @param demo whether this is generated demonstration data rather than a real assessment
 */
public record Assessment(
    AssessmentId id,
    GssCode council,
    ScoringMethod method,
    String frameworkVersion,
    AssessmentStatus status,
    boolean demo,
    LocalDate startedOn,
    Optional<LocalDate> siteVisitOn,
    Optional<LocalDate> publishedOn,
    Map<String, Integer> statementScores,
    Map<String, Map<String, Integer>> categoryScores) {

  public Assessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(frameworkVersion, "frameworkVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedOn, "startedOn");
    if ((status == AssessmentStatus.PUBLISHED) != publishedOn.isPresent()) {
      throw new IllegalArgumentException(
          "A published assessment, and only one, has a publication date");
    }
    if (publishedOn.filter(p -> p.isBefore(startedOn)).isPresent()
        || siteVisitOn.filter(v -> v.isBefore(startedOn)).isPresent()) {
      throw new IllegalArgumentException("An assessment's dates cannot come before its start");
    }
    if (method == ScoringMethod.STATEMENT_LEVEL && !categoryScores.isEmpty()
        || method == ScoringMethod.EVIDENCE_CATEGORY && !statementScores.isEmpty()) {
      throw new IllegalArgumentException(
          "Under " + method.code() + " scores are held only in the form that method uses");
    }
    statementScores = Map.copyOf(statementScores);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    categoryScores.forEach((statement, categories) -> copy.put(statement, Map.copyOf(categories)));
    categoryScores = Map.copyOf(copy);
  }

  /** A new, unpublished assessment. */
  public static Assessment start(
      GssCode council, ScoringMethod method, String frameworkVersion, LocalDate startedOn) {
    return new Assessment(
        AssessmentId.random(),
        council,
        method,
        frameworkVersion,
        AssessmentStatus.IN_PROGRESS,
        false,
        startedOn,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Map.of());
  }

  public boolean published() {
    return status == AssessmentStatus.PUBLISHED;
  }

  /** Whether it was withdrawn before publication, which closes it. */
  public boolean withdrawn() {
    return status == AssessmentStatus.WITHDRAWN;
  }

  /** The scores in the form the rating policy reads. */
  public RatingRequest ratingRequest() {
    return new RatingRequest(method.code(), statementScores, categoryScores);
  }
}
