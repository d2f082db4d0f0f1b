package uk.assure.calibration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.assure.shared.domain.Refusal;

class DecisionRulesTest {

  private static final Map<String, Integer> CURRENT = Map.of("QS1", 4, "QS2", 3);

  @Test
  void aConfirmationChangesNothingWhateverScoresCameWithIt() {
    DecisionRules.Checked checked =
        DecisionRules.check(
            DecisionOutcome.CONFIRMED, CURRENT, Map.of("QS1", 1), Map.of(), "Agreed");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.changes()).isEmpty();
  }

  @Test
  void everyChangedScoreNeedsItsOwnReason() {
    DecisionRules.Checked checked =
        DecisionRules.check(
            DecisionOutcome.CHANGED,
            CURRENT,
            Map.of("QS1", 3, "QS2", 2),
            Map.of("QS1", "Evidence of waits"),
            "");
    assertThat(checked.problems())
        .containsExactly(Refusal.ofWhole("calibration.problem.reason", "QS2"));
    assertThat(checked.changes()).isEmpty();
  }

  @Test
  void aChangeListsWhatMovedIncludingAScoreTakenAway() {
    DecisionRules.Checked checked =
        DecisionRules.check(
            DecisionOutcome.CHANGED,
            CURRENT,
            Map.of("QS1", 3),
            Map.of("QS1", "Waits", "QS2", "Not enough evidence"),
            "");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.changes())
        .containsExactly(
            new PanelDecision.Change("QS1", 4, 3, "Waits"),
            new PanelDecision.Change("QS2", 3, null, "Not enough evidence"));
  }

  @Test
  void aChangeThatChangesNothingOrNoDecisionIsRefused() {
    assertThat(
            DecisionRules.check(DecisionOutcome.CHANGED, CURRENT, CURRENT, Map.of(), "").problems())
        .extracting(Refusal::key)
        .containsExactly("calibration.problem.nothingChanged");
    assertThat(DecisionRules.check(null, CURRENT, CURRENT, Map.of(), "").problems())
        .extracting(Refusal::key)
        .containsExactly("calibration.problem.outcome");
  }
}
