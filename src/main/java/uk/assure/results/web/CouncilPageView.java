package uk.assure.results.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.Theme;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.Score;
import uk.assure.rating.domain.StatementResult;
import uk.assure.results.CouncilRating;
import uk.assure.results.DirectionOfTravel;
import uk.assure.results.PublishedRating;

/** Everything the public council page shows, worked out before the template runs. */
record CouncilPageView(
    String gss,
    String name,
    String officialName,
    String typeKey,
    String region,
    Integer population,
    Optional<RatingView> rating,
    List<HistoryRow> history) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The rating in force and the workings behind it. */
  record RatingView(
      String code,
      String tagClass,
      int percentage,
      String position,
      String published,
      boolean demo,
      String method,
      boolean referral,
      List<String> referralStatements,
      List<ThemeView> themes,
      List<String> steps,
      Optional<String> wouldRaise,
      Optional<String> wouldLower,
      Optional<Travel> travel) {}

  record ThemeView(int number, String name, List<StatementRow> statements) {}

  /**
   * One statement's score and its meaning; under the 2023-12 method with the category scores.
   *
   * @param categories evidence category name to score, empty under the 2024-12 method
   */
  record StatementRow(
      String code,
      String name,
      Integer score,
      String scoreName,
      String scoreDescription,
      Map<String, Integer> categories) {

    public boolean assessed() {
      return score != null;
    }
  }

  /**
   * How the rating compares with the previous published full assessment, by overall percentage.
   *
   * @param direction improved, same, declined or first
   * @param previousRating empty for a first assessment, as are the previous percentage and date
   */
  record Travel(
      String direction,
      String rating,
      int percentage,
      String published,
      Optional<String> previousRating,
      Optional<Integer> previousPercentage,
      Optional<String> previousPublished,
      boolean demo) {

    static Travel of(DirectionOfTravel travel) {
      var previous = travel.previous();
      return new Travel(
          travel.direction().code(),
          travel.current().result().rating().code(),
          travel.current().result().percentage().value(),
          DATE.format(travel.current().publishedOn()),
          previous.map(p -> p.result().rating().code()),
          previous.map(p -> p.result().percentage().value()),
          previous.map(p -> DATE.format(p.publishedOn())),
          travel.illustrative());
    }

    public boolean first() {
      return previousRating.isEmpty();
    }
  }

  record HistoryRow(
      String published, String rating, int percentage, boolean partial, boolean demo) {}

  static CouncilPageView of(
      CouncilRating councilRating, Framework framework, RatingExplanation explanation) {
    var council = councilRating.council();
    Optional<RatingView> rating =
        councilRating
            .latest()
            .map(
                latest ->
                    ratingView(
                        latest,
                        DirectionOfTravel.of(councilRating).map(Travel::of),
                        framework,
                        explanation));
    List<HistoryRow> history =
        councilRating.history().stream()
            .map(
                p ->
                    new HistoryRow(
                        DATE.format(p.publishedOn()),
                        p.result().rating().code(),
                        p.result().percentage().value(),
                        p.result().partial(),
                        p.demo()))
            .toList();
    return new CouncilPageView(
        council.gss().value(),
        council.name(),
        council.officialName(),
        council.type().messageKey(),
        council.region(),
        council.population(),
        rating,
        history);
  }

  private static RatingView ratingView(
      PublishedRating latest,
      Optional<Travel> travel,
      Framework framework,
      RatingExplanation explanation) {
    RatingResult result = latest.result();
    List<ThemeView> themes = new ArrayList<>();
    framework
        .statementsByTheme()
        .forEach(
            (theme, statements) -> themes.add(themeView(theme, statements, result, framework)));
    return new RatingView(
        result.rating().code(),
        RatingTags.tagClass(result.rating().code()),
        result.percentage().value(),
        explanation.position(result),
        DATE.format(latest.publishedOn()),
        latest.demo(),
        framework.method(result.method().code()).map(m -> m.name()).orElse(result.method().code()),
        result.referral(),
        result.referralStatements().stream()
            .map(
                code ->
                    code + " " + framework.statement(code).map(QualityStatement::name).orElse(""))
            .toList(),
        themes,
        explanation.steps(result),
        explanation.wouldRaise(result),
        explanation.wouldLower(result),
        travel);
  }

  private static ThemeView themeView(
      Theme theme, List<QualityStatement> statements, RatingResult result, Framework framework) {
    List<StatementRow> rows = new ArrayList<>();
    for (QualityStatement statement : statements) {
      StatementResult scored =
          result.statements().stream()
              .filter(s -> s.code().equals(statement.code()))
              .findFirst()
              .orElseThrow();
      Integer score = scored.score().map(s -> s.value()).orElse(null);
      ScoreMeaning meaning = score == null ? null : framework.scoreMeaning(score);
      Map<String, Integer> categories = new java.util.LinkedHashMap<>();
      for (EvidenceCategory category : EvidenceCategory.values()) {
        Score categoryScore = scored.categoryScores().get(category);
        if (categoryScore != null) {
          categories.put(framework.evidenceCategory(category).name(), categoryScore.value());
        }
      }
      rows.add(
          new StatementRow(
              statement.code(),
              statement.name(),
              score,
              meaning == null ? null : meaning.name(),
              score == null
                  ? null
                  : statement.scoreDescriptions().getOrDefault(score, meaning.description()),
              categories));
    }
    return new ThemeView(theme.number(), theme.name(), rows);
  }
}
