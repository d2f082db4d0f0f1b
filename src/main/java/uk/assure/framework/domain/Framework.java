package uk.assure.framework.domain;

import java.util.List;
import java.util.Optional;

/**
 * The assessment framework as data: themes, quality statements in order, and what scores mean.
 *
 * @param version the framework file's version, for example {@code 2025-01}
 * @param statements the quality statements in the order they are shown everywhere
 */
public record Framework(String version, List<QualityStatement> statements) {

  public Framework {
    statements = List.copyOf(statements);
  }

  public List<String> statementCodes() {
    return statements.stream().map(QualityStatement::code).toList();
  }

  public Optional<QualityStatement> statement(String code) {
    return statements.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
