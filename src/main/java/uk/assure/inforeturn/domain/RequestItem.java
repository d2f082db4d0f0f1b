package uk.assure.inforeturn.domain;

import java.util.List;
import java.util.Objects;
import uk.assure.framework.domain.StatementCode;

/**
 * Something an information return asks a council for.
 *
 * @param code a short stable name, lower-case words joined by hyphens
 * @param statements the quality statements (QS1..QS9) it informs; may be none
 * @param required whether the council must answer it (it may still answer "not held")
 * @param position where it comes in the list, lowest first
 */
public record RequestItem(
    String code,
    String title,
    String guidance,
    List<String> statements,
    boolean required,
    int position) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_GUIDANCE = 4000;

  public RequestItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(guidance, "guidance");
    statements = List.copyOf(statements);
    if (!isCode(code)) {
      throw new IllegalArgumentException("Not a request code: " + code);
    }
    if (title.isBlank() || title.length() > MAX_TITLE || guidance.length() > MAX_GUIDANCE) {
      throw new IllegalArgumentException("A request needs a title and fits the limits");
    }
    for (String statement : statements) {
      if (!StatementCode.isValid(statement)) {
        throw new IllegalArgumentException("Not a quality statement: " + statement);
      }
    }
    if (position < 0) {
      throw new IllegalArgumentException("A position is not negative");
    }
  }

  public static boolean isCode(String code) {
    return code != null && code.length() <= 40 && code.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  public boolean informs(String statement) {
    return statements.contains(statement);
  }
}
