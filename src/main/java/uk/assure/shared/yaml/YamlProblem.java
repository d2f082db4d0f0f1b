package uk.assure.shared.yaml;

/**
 * Something wrong with a YAML data file, said so that the person editing it can put it right.
 *
 * @param line the line of the file where the problem is, from 1, or 0 when it concerns the whole
 *     file
 * @param where the entry concerned, for example "statement 4 (QS4)", or empty for the whole file
 * @param message what is wrong and, where it helps, what would be right
 */
public record YamlProblem(int line, String where, String message) {

  public YamlProblem {
    where = where == null ? "" : where;
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("A problem needs a message");
    }
  }

  /** For example {@code line 27: statement 4 (QS4): theme 7 is not one of the themes (1, 2)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line).append(": ");
    }
    if (!where.isEmpty()) {
      text.append(where).append(": ");
    }
    return text.append(message).toString();
  }
}
