package uk.assure.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A change to an assessment's scores, held as one key per scored item: the statement code under the
 * 2024-12 method, or "statement/category" under 2023-12. Giving a score for the first time needs no
 * reason; changing or removing one that was already recorded does, so every judgement that moved
 * can be traced.
 */
public record ScoreRevision(Map<String, Integer> before, Map<String, Integer> after) {

  /** One item whose score moved; a null score means not assessed. */
  public record Change(String item, Integer from, Integer to) {}

  public ScoreRevision {
    before = Map.copyOf(before);
    after = Map.copyOf(after);
  }

  public List<Change> changes() {
    Set<String> items = new TreeSet<>(before.keySet());
    items.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String item : items) {
      Integer from = before.get(item);
      Integer to = after.get(item);
      if (!Objects.equals(from, to)) {
        changes.add(new Change(item, from, to));
      }
    }
    return changes;
  }

  /** Whether a score already recorded is changed or removed, which needs a written reason. */
  public boolean needsReason() {
    return changes().stream().anyMatch(change -> change.from() != null);
  }

  public boolean changesAnything() {
    return !changes().isEmpty();
  }
}
