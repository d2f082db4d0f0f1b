package uk.assure.rating.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * The published rules that turn quality statement scores into an overall percentage and rating.
 *
 * <ol>
 *   <li>Overall percentage = total of assessed statement scores / (4 x assessed statements) x 100,
 *       rounded up to a whole percent.
 *   <li>Bands: 25-38 inadequate, 39-62 requires improvement, 63-87 good, 88-100 outstanding.
 *   <li>Under the 2023-12 method each statement's score comes first from its evidence category
 *       scores: their rounded-up percentage, converted through the same bands to 1-4.
 *   <li>Any statement scored 1 flags a possible s.50 notification.
 * </ol>
 *
 * All arithmetic is in integers. The policy knows the framework's statements, in order, so it can
 * refuse unknown ones.
 */
public final class RatingPolicy {

  private final List<String> statementCodes;

  public RatingPolicy(List<String> statementCodes) {
    if (statementCodes.isEmpty()
        || new LinkedHashSet<>(statementCodes).size() != statementCodes.size()) {
      throw new IllegalArgumentException("A framework needs distinct statement codes");
    }
    this.statementCodes = List.copyOf(statementCodes);
  }

  public List<String> statementCodes() {
    return statementCodes;
  }

  /** Checks the scores and, if they are valid, works out the rating. */
  public RatingOutcome rate(RatingRequest request) {
    Optional<ScoringMethod> known = methodOf(request.method());
    if (known.isEmpty()) {
      String message =
          request.method() == null || request.method().isBlank()
              ? RatingText.of("rating.problem.method-missing")
              : RatingText.of("rating.problem.method-unknown", request.method());
      return new RatingOutcome.Refused(List.of(new InputProblem("method", message)));
    }
    ScoringMethod method = known.get();
    List<InputProblem> problems = new ArrayList<>();
    List<StatementResult> statements =
        method == ScoringMethod.STATEMENT_LEVEL
            ? statementScores(request, problems)
            : categoryScores(request, problems);
    if (problems.isEmpty() && statements.stream().noneMatch(StatementResult::assessed)) {
      String field = method == ScoringMethod.STATEMENT_LEVEL ? "scores" : "categoryScores";
      problems.add(new InputProblem(field, RatingText.of("rating.problem.nothing-assessed")));
    }
    if (!problems.isEmpty()) {
      return new RatingOutcome.Refused(problems);
    }
    return new RatingOutcome.Rated(combine(method, statements));
  }

  private List<StatementResult> statementScores(
      RatingRequest request, List<InputProblem> problems) {
    if (!request.categoryScores().isEmpty()) {
      problems.add(
          new InputProblem("categoryScores", RatingText.of("rating.problem.categories-not-used")));
    }
    rejectUnknownStatements(request.scores().keySet(), "scores", problems);
    List<StatementResult> statements = new ArrayList<>();
    for (String code : statementCodes) {
      Integer value = request.scores().get(code);
      Optional<Score> score = Optional.empty();
      if (value != null) {
        if (Score.isValid(value)) {
          score = Optional.of(Score.of(value));
        } else {
          problems.add(scoreProblem("scores." + code, code, value));
        }
      }
      statements.add(new StatementResult(code, score, Map.of(), Optional.empty()));
    }
    return statements;
  }

  private List<StatementResult> categoryScores(RatingRequest request, List<InputProblem> problems) {
    if (!request.scores().isEmpty()) {
      problems.add(new InputProblem("scores", RatingText.of("rating.problem.scores-not-used")));
    }
    rejectUnknownStatements(request.categoryScores().keySet(), "categoryScores", problems);
    List<StatementResult> statements = new ArrayList<>();
    for (String code : statementCodes) {
      // A statement given as null, like one left out, was not assessed.
      Map<String, Integer> given =
          Objects.requireNonNullElse(request.categoryScores().get(code), Map.of());
      Map<EvidenceCategory, Score> categories = new EnumMap<>(EvidenceCategory.class);
      for (Map.Entry<String, Integer> entry : given.entrySet()) {
        String field = "categoryScores." + code + "." + entry.getKey();
        if (!EvidenceCategory.isKnown(entry.getKey())) {
          problems.add(
              new InputProblem(
                  field,
                  RatingText.of(
                      "rating.problem.category-unknown", entry.getKey(), councilCategoryCodes())));
          continue;
        }
        EvidenceCategory category = EvidenceCategory.fromCode(entry.getKey());
        if (!category.usedForCouncils()) {
          problems.add(
              new InputProblem(
                  field,
                  RatingText.of(
                      "rating.problem.category-unused", category.code(), councilCategoryCodes())));
        } else if (entry.getValue() != null) {
          if (Score.isValid(entry.getValue())) {
            categories.put(category, Score.of(entry.getValue()));
          } else {
            problems.add(scoreProblem(field, code + " " + category.code(), entry.getValue()));
          }
        }
      }
      if (categories.isEmpty()) {
        statements.add(new StatementResult(code, Optional.empty(), Map.of(), Optional.empty()));
      } else {
        int total = categories.values().stream().mapToInt(Score::value).sum();
        Percentage percentage = Percentage.ceilingOf(total, Score.MAX * categories.size());
        Score score = Rating.forPercentage(percentage).equivalentScore();
        statements.add(
            new StatementResult(code, Optional.of(score), categories, Optional.of(percentage)));
      }
    }
    return statements;
  }

  private RatingResult combine(ScoringMethod method, List<StatementResult> statements) {
    List<Score> scores = statements.stream().flatMap(s -> s.score().stream()).toList();
    int total = scores.stream().mapToInt(Score::value).sum();
    int maximum = Score.MAX * scores.size();
    Percentage percentage = Percentage.ceilingOf(total, maximum);
    Rating rating = Rating.forPercentage(percentage);
    boolean referral = scores.stream().anyMatch(s -> s.value() == Score.MIN);
    Sensitivity sensitivity = new Sensitivity(method, statements, total, maximum, rating);
    return new RatingResult(
        method,
        statements,
        total,
        maximum,
        Percentage.tenthsOf(total, maximum),
        percentage,
        rating,
        rating.positionOf(percentage),
        scores.size() < statementCodes.size(),
        referral,
        sensitivity.up(),
        sensitivity.down());
  }

  private void rejectUnknownStatements(
      Set<String> given, String field, List<InputProblem> problems) {
    for (String code : given) {
      if (!statementCodes.contains(code)) {
        problems.add(
            new InputProblem(
                field + "." + code,
                RatingText.of(
                    "rating.problem.statement-unknown", code, String.join(", ", statementCodes))));
      }
    }
  }

  private static InputProblem scoreProblem(String field, String what, int value) {
    return new InputProblem(field, RatingText.of("rating.problem.score-range", what, value));
  }

  private static Optional<ScoringMethod> methodOf(String code) {
    return Arrays.stream(ScoringMethod.values()).filter(m -> m.code().equals(code)).findFirst();
  }

  private static String councilCategoryCodes() {
    return String.join(
        ", ",
        Arrays.stream(EvidenceCategory.values())
            .filter(EvidenceCategory::usedForCouncils)
            .map(EvidenceCategory::code)
            .toList());
  }
}
