package uk.assure.calibration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.assure.shared.domain.Refusal;

/**
 * What a panel decision must hold before it is recorded: a confirmation changes no score; a change
 * changes at least one, and every changed score has its own reason; the note fits.
 */
public final class DecisionRules {

  /** The changes a decision would make, or the problems that stop it. */
  public record Checked(List<PanelDecision.Change> changes, List<Refusal> problems) {
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
    List<Refusal> problems = new ArrayList<>();
    if (note != null && note.length() > PanelDecision.MAX_NOTE) {
      problems.add(new Refusal("note", "calibration.problem.noteTooLong"));
    }
    if (outcome == null) {
      problems.add(new Refusal("outcome", "calibration.problem.outcome"));
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
          problems.add(Refusal.ofWhole("calibration.problem.reason", item));
        } else if (reason.length() > PanelDecision.MAX_REASON) {
          problems.add(Refusal.ofWhole("calibration.problem.reasonTooLong", item));
        } else {
          changes.add(new PanelDecision.Change(item, from, to, reason));
        }
      }
      if (changes.isEmpty() && problems.isEmpty()) {
        problems.add(new Refusal("outcome", "calibration.problem.nothingChanged"));
      }
    }
    return new Checked(problems.isEmpty() ? changes : List.of(), problems);
  }
}
