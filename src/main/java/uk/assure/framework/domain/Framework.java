package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The assessment framework as data: its themes, the quality statements in the order they are shown
 * everywhere, the evidence categories, what scores mean, the rating bands and the scoring methods.
 * A revised framework is a new file, not new code.
 *
 * @param version the framework file's version, for example {@code 2025-01}
 * @param title the framework's title as Assure shows it
 * @param source where the wording comes from
 * @param themes the themes in order
 * @param statements the quality statements in the order they are shown everywhere, theme by theme
 * @param evidenceCategories all six evidence categories, including the two not used for councils
 * @param scoreMeanings what each score 1 to 4 means, lowest first
 * @param ratingBands the rating bands, lowest first
 * @param methods the scoring methods, earliest first
 */
public record Framework(
    String version,
    String title,
    String source,
    List<Theme> themes,
    List<QualityStatement> statements,
    List<EvidenceCategoryDescription> evidenceCategories,
    List<ScoreMeaning> scoreMeanings,
    List<RatingBandDescription> ratingBands,
    List<ScoringMethodDescription> methods) {

  public Framework {
    version = text(version, "A framework needs a version");
    title = text(title, "A framework needs a title");
    source = text(source, "A framework needs a note of its source");
    themes = List.copyOf(themes);
    statements = List.copyOf(statements);
    evidenceCategories = List.copyOf(evidenceCategories);
    scoreMeanings = List.copyOf(scoreMeanings);
    ratingBands = List.copyOf(ratingBands);
    methods = List.copyOf(methods);
    checkThemes(themes, statements);
    checkStatements(statements);
    checkEvidenceCategories(evidenceCategories);
    checkScoreMeanings(scoreMeanings);
    checkRatingBands(ratingBands);
    checkMethods(methods);
  }

  /** The statement codes in order, QS1 to QS9. */
  public List<String> statementCodes() {
    return statements.stream().map(QualityStatement::code).toList();
  }

  /** The statement with this code. */
  public Optional<QualityStatement> statement(String code) {
    return statements.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * The statement going by this name or one of its other names, ignoring case, so that data naming
   * QS6 "Safe systems, pathways and transitions" is understood.
   */
  public Optional<QualityStatement> statementNamed(String name) {
    return statements.stream().filter(s -> s.isNamed(name)).findFirst();
  }

  /** The theme with this number. */
  public Optional<Theme> theme(int number) {
    return themes.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The statements in a theme, in order. */
  public List<QualityStatement> statementsIn(Theme theme) {
    return statements.stream().filter(s -> s.theme() == theme.number()).toList();
  }

  /** Each theme, in order, with its statements in order. */
  public Map<Theme, List<QualityStatement>> statementsByTheme() {
    Map<Theme, List<QualityStatement>> byTheme = new LinkedHashMap<>();
    themes.forEach(theme -> byTheme.put(theme, statementsIn(theme)));
    return Collections.unmodifiableMap(byTheme);
  }

  /** How the framework describes a category. */
  public EvidenceCategoryDescription evidenceCategory(EvidenceCategory category) {
    return evidenceCategories.stream()
        .filter(d -> d.category() == category)
        .findFirst()
        .orElseThrow();
  }

  /** The four evidence categories used when assessing councils, in order. */
  public List<EvidenceCategoryDescription> councilEvidenceCategories() {
    return evidenceCategories.stream()
        .filter(EvidenceCategoryDescription::usedForCouncils)
        .toList();
  }

  /** What a score means. */
  public ScoreMeaning scoreMeaning(int score) {
    if (!ScoreMeaning.isScore(score)) {
      throw new IllegalArgumentException("A score is a whole number from 1 to 4, not " + score);
    }
    return scoreMeanings.get(score - 1);
  }

  /** The band for a rating code, for example {@code good}. */
  public Optional<RatingBandDescription> ratingBand(String rating) {
    return ratingBands.stream().filter(b -> b.rating().equals(rating)).findFirst();
  }

  /** The band a whole percentage falls in, if any (none below 25). */
  public Optional<RatingBandDescription> ratingBandFor(int percentage) {
    return ratingBands.stream().filter(b -> b.contains(percentage)).findFirst();
  }

  /** The scoring method with this code, for example {@code 2024-12}. */
  public Optional<ScoringMethodDescription> method(String code) {
    return methods.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  private static void checkThemes(List<Theme> themes, List<QualityStatement> statements) {
    if (themes.isEmpty()) {
      throw new IllegalArgumentException("A framework needs at least one theme");
    }
    Set<Integer> numbers = new HashSet<>();
    for (Theme theme : themes) {
      if (!numbers.add(theme.number())) {
        throw new IllegalArgumentException("Theme " + theme.number() + " appears twice");
      }
    }
    List<Integer> order = themes.stream().map(Theme::number).toList();
    int previous = -1;
    for (QualityStatement statement : statements) {
      int position = order.indexOf(statement.theme());
      if (position < 0) {
        throw new IllegalArgumentException(
            statement.code() + " belongs to theme " + statement.theme() + ", which is not defined");
      }
      if (position < previous) {
        throw new IllegalArgumentException(
            statement.code() + " is out of order: list the statements theme by theme");
      }
      previous = position;
    }
    for (Theme theme : themes) {
      if (statements.stream().noneMatch(s -> s.theme() == theme.number())) {
        throw new IllegalArgumentException("Theme " + theme.number() + " has no statements");
      }
    }
  }

  private static void checkStatements(List<QualityStatement> statements) {
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("A framework needs at least one quality statement");
    }
    Set<String> codes = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    for (QualityStatement statement : statements) {
      if (!codes.add(statement.code())) {
        throw new IllegalArgumentException(statement.code() + " appears twice");
      }
      for (String name : statement.names()) {
        String other = names.putIfAbsent(QualityStatement.normalise(name), statement.code());
        if (other != null && !other.equals(statement.code())) {
          throw new IllegalArgumentException(
              "The name '" + name + "' is used by both " + other + " and " + statement.code());
        }
      }
    }
  }

  private static void checkEvidenceCategories(List<EvidenceCategoryDescription> categories) {
    Set<EvidenceCategory> seen = EnumSet.noneOf(EvidenceCategory.class);
    for (EvidenceCategoryDescription category : categories) {
      if (!seen.add(category.category())) {
        throw new IllegalArgumentException(
            "The evidence category " + category.code() + " appears twice");
      }
    }
    if (seen.size() != EvidenceCategory.values().length) {
      Set<EvidenceCategory> missing = EnumSet.allOf(EvidenceCategory.class);
      missing.removeAll(seen);
      throw new IllegalArgumentException("Evidence categories are missing: " + missing);
    }
  }

  private static void checkScoreMeanings(List<ScoreMeaning> meanings) {
    List<Integer> scores = meanings.stream().map(ScoreMeaning::score).toList();
    List<Integer> expected =
        IntStream.rangeClosed(ScoreMeaning.LOWEST, ScoreMeaning.HIGHEST).boxed().toList();
    if (!scores.equals(expected)) {
      throw new IllegalArgumentException(
          "Score meanings must be given for scores 1, 2, 3 and 4 in that order, not " + scores);
    }
  }

  private static void checkRatingBands(List<RatingBandDescription> bands) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("A framework needs its rating bands");
    }
    List<String> ratings = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      RatingBandDescription band = bands.get(i);
      if (ratings.contains(band.rating())) {
        throw new IllegalArgumentException("The rating band " + band.rating() + " appears twice");
      }
      ratings.add(band.rating());
      if (i > 0 && band.from() != bands.get(i - 1).to() + 1) {
        throw new IllegalArgumentException(
            "The rating band " + band.rating() + " must start just after the band before it");
      }
    }
    if (bands.get(bands.size() - 1).to() != 100) {
      throw new IllegalArgumentException("The highest rating band must end at 100%");
    }
  }

  private static void checkMethods(List<ScoringMethodDescription> methods) {
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("A framework needs its scoring methods");
    }
    Set<String> codes = new HashSet<>();
    for (ScoringMethodDescription method : methods) {
      if (!codes.add(method.code())) {
        throw new IllegalArgumentException(
            "The scoring method " + method.code() + " appears twice");
      }
    }
  }
}
