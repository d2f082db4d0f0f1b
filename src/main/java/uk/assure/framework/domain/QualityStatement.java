package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;
import static uk.assure.framework.domain.Require.texts;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One of the framework's quality statements.
 *
 * @param code stable code, QS1 to QS9
 * @param theme the number of the theme it belongs to
 * @param name the statement's name
 * @param alsoKnownAs other names the same statement goes by, for example "Safe systems, pathways
 *     and transitions" for QS6
 * @param summary what the Care Act asks of councils here, in a sentence
 * @param we the council's commitment, written as "we"
 * @param expectations what a person can expect, written as "I"
 * @param scoreDescriptions what each score 1-4 looks like for this statement, only for the scores
 *     where a description has been published, in score order
 */
public record QualityStatement(
    String code,
    int theme,
    String name,
    List<String> alsoKnownAs,
    String summary,
    String we,
    List<String> expectations,
    Map<Integer, String> scoreDescriptions) {

  public QualityStatement {
    code = new StatementCode(code).value();
    if (theme < 1) {
      throw new IllegalArgumentException(code + " needs the number of its theme, not " + theme);
    }
    name = text(name, code + " needs a name");
    alsoKnownAs = texts(alsoKnownAs, code + " has a blank other name");
    summary = text(summary, code + " needs a summary");
    we = text(we, code + " needs its \"we\" commitment");
    expectations = texts(expectations, code + " has a blank \"I\" expectation");
    if (expectations.isEmpty()) {
      throw new IllegalArgumentException(code + " needs at least one \"I\" expectation");
    }
    scoreDescriptions = published(code, scoreDescriptions);
  }

  /** A statement known by one name only. */
  public QualityStatement(
      String code,
      int theme,
      String name,
      String summary,
      String we,
      List<String> expectations,
      Map<Integer, String> scoreDescriptions) {
    this(code, theme, name, List.of(), summary, we, expectations, scoreDescriptions);
  }

  /** Whether a text has the form of a quality statement code, QS followed by a number. */
  public static boolean isCode(String code) {
    return StatementCode.isValid(code);
  }

  /** The published description of what a score looks like for this statement, if there is one. */
  public Optional<String> scoreDescription(int score) {
    return Optional.ofNullable(scoreDescriptions.get(score));
  }

  /** Whether any score has a published description for this statement. */
  public boolean hasScoreDescriptions() {
    return !scoreDescriptions.isEmpty();
  }

  /** The statement's name and its other names. */
  public List<String> names() {
    return Stream.concat(Stream.of(name), alsoKnownAs.stream()).toList();
  }

  /** Whether this statement goes by the given name, ignoring case and surrounding spaces. */
  public boolean isNamed(String someName) {
    if (someName == null) {
      return false;
    }
    String wanted = normalise(someName);
    return names().stream().anyMatch(n -> normalise(n).equals(wanted));
  }

  static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Scores that have a description, in score order; a missing or blank one means unpublished. */
  private static Map<Integer, String> published(String code, Map<Integer, String> descriptions) {
    TreeMap<Integer, String> published = new TreeMap<>();
    if (descriptions != null) {
      descriptions.forEach(
          (score, description) -> {
            if (score == null || !ScoreMeaning.isScore(score)) {
              throw new IllegalArgumentException(
                  code + " describes score " + score + ", but scores run from 1 to 4");
            }
            if (description != null && !description.isBlank()) {
              published.put(score, description.strip());
            }
          });
    }
    return Collections.unmodifiableMap(published);
  }
}
