package uk.assure.journey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private final Deadlines deadlines =
      new Deadlines(new WorkingDays(List.of(LocalDate.of(2026, 12, 25)), 2026, 2027));

  @Test
  void theInformationReturnIsDueThreeWeeksAfterItIsIssued() {
    assertThat(deadlines.informationReturnDue(LocalDate.of(2026, 12, 14)))
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void aSiteVisitUnderSixWeeksAwayIsTooShortAndUnderEightIsShort() {
    LocalDate today = LocalDate.of(2026, 11, 2);
    assertThat(deadlines.siteVisitNotice(today, today.plusDays(41)).level())
        .isEqualTo(Deadlines.NoticeLevel.TOO_SHORT);
    assertThat(deadlines.siteVisitNotice(today, today.plusDays(42)).level())
        .isEqualTo(Deadlines.NoticeLevel.SHORT);
    assertThat(deadlines.siteVisitNotice(today, today.plusDays(55)).level())
        .isEqualTo(Deadlines.NoticeLevel.SHORT);
    assertThat(deadlines.siteVisitNotice(today, today.plusDays(56)).level())
        .isEqualTo(Deadlines.NoticeLevel.ENOUGH);
    assertThat(deadlines.siteVisitNotice(today, today.plusDays(10)).earliest())
        .isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void theStateTakesItsDatesFromTheLatestMovesAndAnExtension() {
    Instant at = Instant.parse("2026-11-02T10:00:00Z");
    List<StageMove> moves =
        List.of(
            move(1, Stage.PLANNED, Stage.NOTIFIED, LocalDate.of(2026, 11, 2)),
            move(2, Stage.NOTIFIED, Stage.INFORMATION_RETURN, LocalDate.of(2026, 11, 3)));
    JourneyState state = JourneyState.of(moves, List.of(), false, deadlines);
    assertThat(state.stage()).isEqualTo(Stage.INFORMATION_RETURN);
    assertThat(state.informationReturnDue()).contains(LocalDate.of(2026, 11, 24));
    assertThat(state.informationReturnOverdue(LocalDate.of(2026, 11, 25))).isTrue();

    JourneyState extended =
        JourneyState.of(
            moves,
            List.of(
                new DateChange(
                    DateKind.INFORMATION_RETURN_DUE,
                    LocalDate.of(2026, 12, 1),
                    "lead@example.org",
                    at,
                    Optional.of("Staff illness"))),
            false,
            deadlines);
    assertThat(extended.informationReturnDue()).contains(LocalDate.of(2026, 12, 1));
    assertThat(extended.informationReturnOverdue(LocalDate.of(2026, 11, 25))).isFalse();
  }

  @Test
  void theFactualAccuracyCheckIsDueTenWorkingDaysAfterTheDraftWasSent() {
    List<StageMove> moves =
        List.of(move(1, Stage.DRAFT_REPORT, Stage.FACTUAL_ACCURACY, LocalDate.of(2026, 12, 18)));
    JourneyState state = JourneyState.of(moves, List.of(), false, deadlines);
    assertThat(state.draftSentOn()).contains(LocalDate.of(2026, 12, 18));
    // 21, 22, 23, 24, (25 holiday), 28, 29, 30, 31, 1 January, 4 January.
    assertThat(state.factualAccuracyDue())
        .contains(new WorkingDays.CountedDate(LocalDate.of(2027, 1, 4), true));
  }

  private static StageMove move(int sequence, Stage from, Stage to, LocalDate on) {
    return new StageMove(
        sequence,
        from,
        to,
        MoveKind.FORWARD,
        "lead@example.org",
        on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        on,
        Optional.empty());
  }
}
