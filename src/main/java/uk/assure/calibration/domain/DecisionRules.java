package uk.assure.calibration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a panel decision must hold before it is recorded: a confirmation changes no score; a change
 * changes at least one, and every changed score has its own reason; the note fits.
 */
public final class DecisionRules {

  /** A problem with the decision sent, as a field and a message key. */
  public record Problem(String field, String key) {}

  /** The changes a decision would make, or the problems that stop it. */
  public record Checked(List<PanelDecision.Change> changes, List<Problem> problems) {
    public Checked {
      changes = List.copyOf(changes);
      problems = List.copyOf(problems);
    }
  }

  private DecisionRules() {}

  /**
   * @param current the scores as they stand, one per item
   * @param proposed the scores the panel sent (ignored for a confirmation)
   * @param reasons the reason sent for each item, possibly blank
   */
  public static Checked check(
      DecisionOutcome outcome,
      Map<String, Integer> current,
      Map<String, Integer> proposed,
      Map<String, String> reasons,
      String note) {
    List<Problem> problems = new ArrayList<>();
    if (note != null && note.length() > PanelDecision.MAX_NOTE) {
      problems.add(new Problem("note", "calibration.problem.noteTooLong"));
    }
    if (outcome == null) {
      problems.add(new Problem("outcome", "calibration.problem.outcome"));
      return new Checked(List.of(), problems);
    }
    List<PanelDecision.Change> changes = new ArrayList<>();
    if (outcome == DecisionOutcome.CHANGED) {
      Set<String> items = new TreeSet<>(current.keySet());
      items.addAll(proposed.keySet());
      for (String item : items) {
        Integer from = current.get(item);
        Integer to = proposed.get(item);
        if (Objects.equals(from, to)) {
          continue;
        }
        String reason = reasons.getOrDefault(item, "").strip();
        if (reason.isEmpty()) {
          problems.add(new Problem("reasons[" + item + "]", "calibration.problem.reason"));
        } else if (reason.length() > PanelDecision.MAX_REASON) {
          problems.add(new Problem("reasons[" + item + "]", "calibration.problem.reasonTooLong"));
        } else {
          changes.add(new PanelDecision.Change(item, from, to, reason));
        }
      }
      if (changes.isEmpty() && problems.isEmpty()) {
        problems.add(new Problem("outcome", "calibration.problem.nothingChanged"));
      }
    }
    return new Checked(problems.isEmpty() ? changes : List.of(), problems);
  }
}
