package uk.assure.journey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyStateTest {

  private static final LocalDate VISIT = LocalDate.of(2027, 1, 12);

  private final Deadlines deadlines =
      new Deadlines(new WorkingDays(List.of(LocalDate.of(2026, 12, 25)), 2026, 2027));

  @Test
  void theSiteVisitBeginsOnItsFirstDayAndNotTheDayBefore() {
    JourneyState state = state(Stage.EVIDENCE_GATHERING, Optional.empty());
    assertThat(state.siteVisitBegun(VISIT.minusDays(1))).isFalse();
    assertThat(state.siteVisitBegun(VISIT)).isTrue();
    assertThat(state.siteVisitBegun(VISIT.plusDays(3))).isTrue();
  }

  @Test
  void theSiteVisitIsDoneOnlyOnceTheAssessmentWentOnSiteAndTheDateCame() {
    JourneyState notOnSite = state(Stage.EVIDENCE_GATHERING, Optional.empty());
    assertThat(notOnSite.siteVisitDone(VISIT.plusDays(10))).isFalse();

    JourneyState wentOnSite = state(Stage.SCORING, Optional.empty());
    assertThat(wentOnSite.siteVisitDone(VISIT.minusDays(1))).isFalse();
    assertThat(wentOnSite.siteVisitDone(VISIT)).isTrue();
  }

  @Test
  void theInformationReturnStaysOpenWhateverStageStaffMoveToUntilPublishedOrWithdrawn() {
    assertThat(state(Stage.NOTIFIED, Optional.empty()).informationReturnOpen()).isFalse();
    assertThat(state(Stage.INFORMATION_RETURN, Optional.empty()).informationReturnOpen()).isTrue();
    JourneyState movedOn = state(Stage.EVIDENCE_GATHERING, Optional.empty());
    assertThat(movedOn.informationReturnOpen()).isTrue();
    // Open, but the due date still closes it to answers.
    assertThat(movedOn.informationReturnDue()).contains(LocalDate.of(2026, 11, 24));
    assertThat(movedOn.informationReturnOverdue(LocalDate.of(2026, 11, 24))).isFalse();
    assertThat(movedOn.informationReturnOverdue(LocalDate.of(2026, 11, 25))).isTrue();

    assertThat(state(Stage.FOLLOW_UP, Optional.empty()).informationReturnOpen()).isFalse();
    Withdrawal withdrawal = new Withdrawal("lead@example.org", Instant.now(), "Council merged");
    JourneyState withdrawn = state(Stage.INFORMATION_RETURN, Optional.of(withdrawal));
    assertThat(withdrawn.withdrawn()).isTrue();
    assertThat(withdrawn.informationReturnOpen()).isFalse();
  }

  @Test
  void reopeningAStepBeforeTheInformationReturnClosesIt() {
    List<StageMove> moves = new ArrayList<>(movesTo(Stage.EVIDENCE_GATHERING));
    moves.add(
        new StageMove(
            moves.size() + 1,
            Stage.EVIDENCE_GATHERING,
            Stage.NOTIFIED,
            MoveKind.REOPEN,
            "lead@example.org",
            Instant.parse("2026-11-10T10:00:00Z"),
            LocalDate.of(2026, 11, 10),
            Optional.of("Wrong council contact")));
    JourneyState state = JourneyState.of(moves, List.of(), false, Optional.empty(), deadlines);
    assertThat(state.informationReturnOpen()).isFalse();
  }

  @Test
  void aWithdrawalNeedsAReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Withdrawal("lead@example.org", Instant.now(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private JourneyState state(Stage at, Optional<Withdrawal> withdrawal) {
    return JourneyState.of(
        movesTo(at),
        List.of(
            new DateChange(
                DateKind.SITE_VISIT,
                VISIT,
                "lead@example.org",
                Instant.parse("2026-11-02T10:00:00Z"),
                Optional.empty())),
        at.published(),
        withdrawal,
        deadlines);
  }

  /** Forward moves from planned, one a day from 2 November 2026, to the stage. */
  private static List<StageMove> movesTo(Stage to) {
    List<StageMove> moves = new ArrayList<>();
    Stage at = Stage.PLANNED;
    LocalDate on = LocalDate.of(2026, 11, 2);
    while (at != to) {
      Stage next = at.next().orElseThrow();
      moves.add(
          new StageMove(
              moves.size() + 1,
              at,
              next,
              MoveKind.FORWARD,
              "lead@example.org",
              on.atStartOfDay().toInstant(ZoneOffset.UTC),
              on,
              Optional.empty()));
      at = next;
      on = on.plusDays(1);
    }
    return moves;
  }
}
