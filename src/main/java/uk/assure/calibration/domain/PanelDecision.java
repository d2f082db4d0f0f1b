package uk.assure.calibration.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;

/**
 * The calibration panel's decision on an assessment's scores: confirmed as they stand, or changed,
 * each changed score with its reason. While a decision is in force the scores are locked.
 *
 * @param changes the scores the panel changed, each keyed as the scoring rules key items
 *     (statement, or "statement/category" under 2023-12); none when confirmed
 */
public record PanelDecision(
    UUID id,
    AssessmentId assessment,
    DecisionOutcome outcome,
    String note,
    List<Change> changes,
    String decidedBy,
    Instant decidedAt) {

  public static final int MAX_NOTE = 4000;
  public static final int MAX_REASON = 2000;

  /** One score the panel changed, with why; a null score is "not assessed". */
  public record Change(String item, Integer from, Integer to, String reason) {
    public Change {
      Objects.requireNonNull(item, "item");
      if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
        throw new IllegalArgumentException("A changed score has a reason of 1 to 2000 characters");
      }
      if (Objects.equals(from, to)) {
        throw new IllegalArgumentException("A change changes the score");
      }
    }
  }

  public PanelDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    changes = List.copyOf(changes);
    if (note == null || note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters");
    }
    if ((outcome == DecisionOutcome.CHANGED) == changes.isEmpty()) {
      throw new IllegalArgumentException("A changed decision, and only one, lists its changes");
    }
  }
}
