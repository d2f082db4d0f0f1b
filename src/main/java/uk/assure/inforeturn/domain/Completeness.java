package uk.assure.inforeturn.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far a council has got with its information return: each request's state, and per quality
 * statement how many of the requests informing it are answered.
 */
public record Completeness(
    List<ItemState> items,
    List<StatementState> statements,
    int answered,
    int requiredOutstanding,
    boolean overdue) {

  /** Where one request stands. */
  public enum Status {
    ANSWERED("answered"),
    NOT_HELD("not_held"),
    NOT_STARTED("not_started"),
    OVERDUE("overdue");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public record ItemState(RequestItem item, Optional<Answer> answer, Status status) {}

  /** Of the requests informing a statement, how many are answered (with evidence or not held). */
  public record StatementState(String statement, int answered, int asked) {}

  public Completeness {
    items = List.copyOf(items);
    statements = List.copyOf(statements);
  }

  /**
   * The completeness of a return.
   *
   * @param current the latest answer to each request, by request code
   * @param due when the return is due, if it has been issued
   */
  public static Completeness of(
      List<RequestItem> items,
      Map<String, Answer> current,
      List<String> statementCodes,
      Optional<LocalDate> due,
      LocalDate today) {
    boolean pastDue = due.filter(today::isAfter).isPresent();
    List<ItemState> states = new ArrayList<>();
    int answered = 0;
    int outstanding = 0;
    for (RequestItem item : items) {
      Optional<Answer> answer = Optional.ofNullable(current.get(item.code()));
      Status status;
      if (answer.isPresent()) {
        status = answer.get().kind() == AnswerKind.NOT_HELD ? Status.NOT_HELD : Status.ANSWERED;
        answered++;
      } else {
        status = pastDue && item.required() ? Status.OVERDUE : Status.NOT_STARTED;
        if (item.required()) {
          outstanding++;
        }
      }
      states.add(new ItemState(item, answer, status));
    }
    List<StatementState> byStatement = new ArrayList<>();
    for (String statement : statementCodes) {
      int asked = 0;
      int done = 0;
      for (ItemState state : states) {
        if (state.item().informs(statement)) {
          asked++;
          if (state.answer().isPresent()) {
            done++;
          }
        }
      }
      byStatement.add(new StatementState(statement, done, asked));
    }
    return new Completeness(states, byStatement, answered, outstanding, pastDue && outstanding > 0);
  }
}
