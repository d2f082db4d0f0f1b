package uk.assure.shared.api;

import java.util.List;

/**
 * Thrown by an API controller when a request was read but its content cannot be used; answered as
 * 400 problem details listing every problem in {@code errors}.
 */
public final class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("Invalid input: " + problems, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
