package uk.assure.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.assure.workbench.domain.JudgementRule.Departure;

class JudgementRuleTest {

  private static final Optional<Integer> NONE = Optional.empty();

  @Test
  void aFirstScoreThatAgreesWithTheArithmeticNeedsNoReason() {
    assertThat(JudgementRule.departures(Optional.of(3), NONE, NONE)).isEmpty();
    assertThat(JudgementRule.departures(Optional.of(2), Optional.of(2), NONE)).isEmpty();
    assertThat(JudgementRule.reasonRequired(Optional.of(2), Optional.of(2), Optional.of(2)))
        .isFalse();
  }

  @Test
  void aScoreUnlikeWhatTheCategoriesGiveNeedsAReason() {
    assertThat(JudgementRule.departures(Optional.of(4), Optional.of(2), NONE))
        .containsExactly(Departure.FROM_DERIVED);
  }

  @Test
  void changingOrRemovingThePreviousDraftScoreNeedsAReason() {
    assertThat(JudgementRule.departures(Optional.of(2), NONE, Optional.of(3)))
        .containsExactly(Departure.FROM_PREVIOUS);
    assertThat(JudgementRule.departures(NONE, NONE, Optional.of(3)))
        .containsExactly(Departure.FROM_PREVIOUS);
    assertThat(JudgementRule.departures(Optional.of(4), Optional.of(2), Optional.of(3)))
        .containsExactly(Departure.FROM_DERIVED, Departure.FROM_PREVIOUS);
  }

  @Test
  void aJudgementThatDepartsCannotBeRecordedWithoutItsReason() {
    assertThatThrownBy(
            () ->
                new StatementJudgement(
                    "QS1",
                    1,
                    Optional.of(4),
                    Optional.of(2),
                    NONE,
                    "Rationale",
                    Optional.empty(),
                    List.of(),
                    "a@b.org",
                    Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new StatementJudgement(
                    "QS1",
                    1,
                    Optional.of(4),
                    Optional.of(2),
                    NONE,
                    "Rationale",
                    Optional.of("Partners praised it"),
                    List.of("feedback:1"),
                    "a@b.org",
                    Instant.EPOCH)
                .departures())
        .containsExactly(Departure.FROM_DERIVED);
  }
}
