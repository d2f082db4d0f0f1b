package uk.assure.framework.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the framework's quality statements.
 *
 * @param code stable code, QS1 to QS9
 * @param theme the number of the theme it belongs to
 * @param name the statement's name
 * @param summary what the Care Act asks of councils here, in a sentence
 * @param we the council's commitment, written as "we"
 * @param expectations what a person can expect, written as "I"
 * @param scoreDescriptions what each score 1-4 looks like for this statement, where described
 */
public record QualityStatement(
    String code,
    int theme,
    String name,
    String summary,
    String we,
    List<String> expectations,
    Map<Integer, String> scoreDescriptions) {

  public QualityStatement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    expectations = expectations == null ? List.of() : List.copyOf(expectations);
    scoreDescriptions = scoreDescriptions == null ? Map.of() : Map.copyOf(scoreDescriptions);
  }
}
