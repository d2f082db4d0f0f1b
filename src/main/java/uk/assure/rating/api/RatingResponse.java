package uk.assure.rating.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.Percentage;
import uk.assure.rating.domain.RatingChange;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.Score;
import uk.assure.rating.domain.StatementResult;

/**
 * A rating as JSON, with every number behind it and its explanation in plain English. The same
 * shape is answered by {@code POST /api/v1/ratings/calculate}, embedded in a council's JSON and
 * printed by {@code assure rate --json}; build it with {@link #of}.
 */
@Schema(name = "Rating", description = "A rating with the arithmetic behind it.")
@JsonPropertyOrder({
  "method",
  "percentage",
  "exactPercentage",
  "rating",
  "ratingLabel",
  "position",
  "positionText",
  "partial",
  "notAssessed",
  "referral",
  "referralStatements",
  "total",
  "maximum",
  "statements",
  "sensitivity",
  "wouldRaise",
  "wouldLower",
  "explanation"
})
public record RatingResponse(
    @Schema(
            description = "The scoring method.",
            allowableValues = {"2023-12", "2024-12"})
        String method,
    @Schema(description = "Overall percentage, rounded up to a whole number.", example = "89")
        int percentage,
    @Schema(
            description = "Overall percentage before rounding, to one decimal place.",
            example = "88.9")
        BigDecimal exactPercentage,
    @Schema(
            description = "The rating.",
            allowableValues = {"outstanding", "good", "requires_improvement", "inadequate"})
        String rating,
    @Schema(description = "The rating as shown to people.", example = "Outstanding")
        String ratingLabel,
    @Schema(
            description = "Which third of the rating's band the percentage is in.",
            allowableValues = {"lower", "middle", "upper"})
        String position,
    @Schema(description = "The position in words.", example = "Outstanding, nearer good")
        String positionText,
    @Schema(description = "Whether some statements were not assessed.") boolean partial,
    @Schema(description = "Codes of the statements not assessed.") List<String> notAssessed,
    @Schema(
            description =
                "Whether any statement scored 1, so the regulator must consider notifying the"
                    + " Secretary of State (Health and Social Care Act 2008, section 50).")
        boolean referral,
    @Schema(description = "Codes of the statements that scored 1.") List<String> referralStatements,
    @Schema(description = "Sum of the assessed statement scores.", example = "32") int total,
    @Schema(description = "4 times the number of statements assessed.", example = "36") int maximum,
    @Schema(description = "Every statement of the framework, in order.") List<Statement> statements,
    Sensitivity sensitivity,
    @Schema(
            description = "What would raise the rating, or null if it is outstanding.",
            nullable = true)
        String wouldRaise,
    @Schema(
            description = "What would lower the rating, or null if it is inadequate.",
            nullable = true)
        String wouldLower,
    @Schema(description = "How the rating was worked out, one sentence per step.")
        List<String> explanation) {

  public RatingResponse {
    notAssessed = List.copyOf(notAssessed);
    referralStatements = List.copyOf(referralStatements);
    statements = List.copyOf(statements);
    explanation = List.copyOf(explanation);
  }

  /** The response for a rating, naming statements as the framework does. */
  public static RatingResponse of(
      RatingResult result, Framework framework, RatingExplanation explanation) {
    return new RatingResponse(
        result.method().code(),
        result.percentage().value(),
        BigDecimal.valueOf(result.exactTenths(), 1),
        result.rating().code(),
        explanation.label(result.rating()),
        result.position().code(),
        explanation.position(result),
        result.partial(),
        result.notAssessed(),
        result.referral(),
        result.referralStatements(),
        result.total(),
        result.maximum(),
        result.statements().stream().map(s -> Statement.of(s, framework)).toList(),
        new Sensitivity(Change.of(result.up()), Change.of(result.down())),
        explanation.wouldRaise(result).orElse(null),
        explanation.wouldLower(result).orElse(null),
        explanation.steps(result));
  }

  /** One quality statement's part in the rating. */
  @Schema(name = "RatingStatement")
  @JsonPropertyOrder({"code", "name", "theme", "score", "categoryScores", "categoryPercentage"})
  public record Statement(
      @Schema(example = "QS1") String code,
      @Schema(example = "Assessing needs") String name,
      @Schema(description = "The number of the theme it belongs to.", example = "1") int theme,
      @Schema(description = "Score 1 to 4, or null if not assessed.", nullable = true)
          Integer score,
      @Schema(
              description =
                  "2023-12 only: evidence category code to score, in the framework's order;"
                      + " empty otherwise.")
          Map<String, Integer> categoryScores,
      @Schema(
              description =
                  "2023-12 only: the category scores' percentage, rounded up; null otherwise.",
              nullable = true)
          Integer categoryPercentage) {

    static Statement of(StatementResult result, Framework framework) {
      Optional<QualityStatement> statement = framework.statement(result.code());
      Map<String, Integer> categories = new LinkedHashMap<>();
      for (EvidenceCategory category : EvidenceCategory.values()) {
        Score score = result.categoryScores().get(category);
        if (score != null) {
          categories.put(category.code(), score.value());
        }
      }
      return new Statement(
          result.code(),
          statement.map(QualityStatement::name).orElse(result.code()),
          statement.map(QualityStatement::theme).orElse(0),
          result.score().map(Score::value).orElse(null),
          Collections.unmodifiableMap(categories),
          result.categoryPercentage().map(Percentage::value).orElse(null));
    }
  }

  /** The fewest score changes that would move the rating up or down a band. */
  @Schema(name = "RatingSensitivity")
  @JsonPropertyOrder({"up", "down"})
  public record Sensitivity(
      @Schema(description = "Null if the rating is outstanding.", nullable = true) Change up,
      @Schema(description = "Null if the rating is inadequate.", nullable = true) Change down) {}

  /** A move to another band and the fewest single-point changes that make it. */
  @Schema(name = "RatingChange")
  @JsonPropertyOrder({"to", "points", "unit"})
  public record Change(
      @Schema(
              description = "The rating it would become.",
              allowableValues = {"outstanding", "good", "requires_improvement", "inadequate"})
          String to,
      @Schema(description = "How many single-point changes it takes.", example = "1") int points,
      @Schema(
              description =
                  "Points on statement scores (2024-12) or evidence category scores (2023-12).",
              allowableValues = {"statement_points", "category_points"})
          String unit) {

    static Change of(Optional<RatingChange> change) {
      return change
          .map(
              c ->
                  new Change(
                      c.to().code(),
                      c.points(),
                      c.unit() == RatingChange.Unit.STATEMENT_POINTS
                          ? "statement_points"
                          : "category_points"))
          .orElse(null);
    }
  }
}
