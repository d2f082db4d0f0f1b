package uk.assure.rating.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.assure.framework.domain.EvidenceCategoryDescription;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.RatingBandDescription;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.ScoringMethodDescription;
import uk.assure.framework.domain.Theme;
import uk.assure.rating.domain.Percentage;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.ScoringMethod;

/**
 * What the framework page shows. The worked examples are computed with the rating rules themselves,
 * so the page cannot disagree with how ratings are actually worked out.
 *
 * @param framework the framework in force
 * @param themes each theme with its statements
 * @param methods the scoring methods, the one in use first
 * @param statementExample a full assessment under the statement-level method
 * @param categoryExample one statement scored under the evidence category method
 * @param partialExample an assessment of only some statements
 */
record FrameworkView(
    Framework framework,
    List<ThemeSection> themes,
    List<MethodSection> methods,
    StatementExample statementExample,
    CategoryExample categoryExample,
    Calculation partialExample) {

  /** Scores of the full worked example, in statement order, repeated if there are more. */
  static final List<Integer> EXAMPLE_SCORES = List.of(3, 3, 4, 3, 4, 4, 3, 4, 4);

  /** Category scores of the 2023-12 worked example: 10 of 16 is 62.5%, which rounds up to 63%. */
  static final List<Integer> EXAMPLE_CATEGORY_SCORES = List.of(3, 2, 2, 3);

  /** Scores of the partial assessment example. */
  static final List<Integer> PARTIAL_SCORES = List.of(3, 2, 3);

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** A theme and its statements. */
  record ThemeSection(Theme theme, List<StatementSection> statements) {}

  /** A statement with what each score looks like for it. */
  record StatementSection(QualityStatement statement, List<LevelRow> levels) {}

  /**
   * One score level of a statement.
   *
   * @param description the published description, or null where none has been published
   */
  record LevelRow(int score, String meaning, String description) {}

  /**
   * A scoring method and when it was used.
   *
   * @param from the first month, as words ("December 2024")
   * @param until the last month as words, or null while in use
   * @param statementLevel whether statements are scored directly (else from evidence categories)
   */
  record MethodSection(
      ScoringMethodDescription method, String from, String until, boolean statementLevel) {}

  /** A row of a worked example: what was scored and the score. */
  record ExampleRow(String label, int score) {}

  /**
   * The arithmetic from a total to a band.
   *
   * @param count how many scores were added up
   * @param scores the scores, for example "3, 2, 3"
   * @param exact the unrounded percentage to one decimal place, for example "88.9"
   * @param rounded the percentage rounded up to a whole percent
   */
  record Calculation(
      int count,
      String scores,
      int total,
      int maximum,
      String exact,
      int rounded,
      RatingBandDescription band) {}

  /** A full assessment scored statement by statement. */
  record StatementExample(List<ExampleRow> rows, Calculation calculation) {}

  /** One statement scored from its evidence categories. */
  record CategoryExample(
      QualityStatement statement,
      List<ExampleRow> rows,
      Calculation calculation,
      ScoreMeaning score) {}

  static FrameworkView of(Framework framework) {
    return new FrameworkView(
        framework,
        themes(framework),
        methods(framework),
        statementExample(framework),
        categoryExample(framework),
        calculation(framework, PARTIAL_SCORES));
  }

  private static List<ThemeSection> themes(Framework framework) {
    return framework.themes().stream()
        .map(
            theme ->
                new ThemeSection(
                    theme,
                    framework.statementsIn(theme).stream()
                        .map(statement -> statementSection(framework, statement))
                        .toList()))
        .toList();
  }

  private static StatementSection statementSection(
      Framework framework, QualityStatement statement) {
    return new StatementSection(
        statement,
        framework.scoreMeanings().stream()
            .map(
                meaning ->
                    new LevelRow(
                        meaning.score(),
                        meaning.name(),
                        statement.scoreDescription(meaning.score()).orElse(null)))
            .toList());
  }

  private static List<MethodSection> methods(Framework framework) {
    return framework.methods().stream()
        .sorted(Comparator.comparing(ScoringMethodDescription::from).reversed())
        .map(
            method ->
                new MethodSection(
                    method,
                    month(method.from()),
                    method.lastUsed().map(FrameworkView::month).orElse(null),
                    ScoringMethod.fromCode(method.code()) == ScoringMethod.STATEMENT_LEVEL))
        .toList();
  }

  private static StatementExample statementExample(Framework framework) {
    List<ExampleRow> rows = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    List<QualityStatement> statements = framework.statements();
    for (int i = 0; i < statements.size(); i++) {
      int score = EXAMPLE_SCORES.get(i % EXAMPLE_SCORES.size());
      QualityStatement statement = statements.get(i);
      rows.add(new ExampleRow(statement.code() + " " + statement.name(), score));
      scores.add(score);
    }
    return new StatementExample(rows, calculation(framework, scores));
  }

  private static CategoryExample categoryExample(Framework framework) {
    List<EvidenceCategoryDescription> categories = framework.councilEvidenceCategories();
    List<ExampleRow> rows = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      int score = EXAMPLE_CATEGORY_SCORES.get(i % EXAMPLE_CATEGORY_SCORES.size());
      rows.add(new ExampleRow(categories.get(i).name(), score));
      scores.add(score);
    }
    Calculation calculation = calculation(framework, scores);
    int score =
        Rating.forPercentage(new Percentage(calculation.rounded())).equivalentScore().value();
    return new CategoryExample(
        framework.statements().get(0), rows, calculation, framework.scoreMeaning(score));
  }

  private static Calculation calculation(Framework framework, List<Integer> scores) {
    int total = scores.stream().mapToInt(Integer::intValue).sum();
    int maximum = ScoreMeaning.HIGHEST * scores.size();
    int tenths = Percentage.tenthsOf(total, maximum);
    Percentage rounded = Percentage.ceilingOf(total, maximum);
    Rating rating = Rating.forPercentage(rounded);
    return new Calculation(
        scores.size(),
        String.join(", ", scores.stream().map(String::valueOf).toList()),
        total,
        maximum,
        tenths / 10 + "." + tenths % 10,
        rounded.value(),
        framework.ratingBand(rating.code()).orElseThrow());
  }

  private static String month(YearMonth month) {
    return month.format(MONTH);
  }
}
