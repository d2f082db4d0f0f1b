package uk.assure.framework;

import java.util.List;
import uk.assure.shared.yaml.YamlProblem;

/**
 * A framework file that cannot be used. Raised when Assure starts with a bad file, which is for the
 * operator to correct, so the message lists every problem rather than the first.
 */
public final class InvalidFrameworkFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<YamlProblem> problems;

  public InvalidFrameworkFileException(String source, List<YamlProblem> problems) {
    super(describe(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public String source() {
    return source;
  }

  public List<YamlProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<YamlProblem> problems) {
    StringBuilder text =
        new StringBuilder("The framework file ")
            .append(source)
            .append(" cannot be used: it has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(':');
    problems.forEach(problem -> text.append(System.lineSeparator()).append("  - ").append(problem));
    return text.toString();
  }
}
