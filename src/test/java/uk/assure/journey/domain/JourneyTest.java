package uk.assure.journey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyTest {

  private static final Journey.Facts READY = Journey.Facts.ready();

  /** The journey as the regulator describes it, written out rather than derived. */
  private static final List<List<String>> FORWARD =
      List.of(
          List.of("planned", "notified"),
          List.of("notified", "information_return"),
          List.of("information_return", "evidence_gathering"),
          List.of("evidence_gathering", "on_site"),
          List.of("on_site", "scoring"),
          List.of("scoring", "calibration"),
          List.of("calibration", "draft_report"),
          List.of("draft_report", "factual_accuracy"),
          List.of("factual_accuracy", "published"),
          List.of("published", "follow_up"));

  private static final Set<String> PUBLISHED = Set.of("published", "follow_up");

  @Test
  void everyMoveBetweenAnyTwoStagesIsAllowedOrRefusedAsTheJourneySays() {
    int checked = 0;
    for (Stage from : Stage.values()) {
      for (Stage to : Stage.values()) {
        Journey.Check withoutReason = Journey.check(from, to, "", READY);
        Journey.Check withReason = Journey.check(from, to, "Evidence came late", READY);
        boolean forward = FORWARD.contains(List.of(from.code(), to.code()));
        boolean earlier = to.ordinal() < from.ordinal();
        if (forward) {
          assertThat(withoutReason).as(from + " -> " + to).isEqualTo(allowed(MoveKind.FORWARD));
        } else if (from == to) {
          assertThat(withReason).isEqualTo(refused(Journey.Refusal.SAME_STAGE));
        } else if (earlier && PUBLISHED.contains(from.code())) {
          assertThat(withReason)
              .as(from + " -> " + to)
              .isEqualTo(refused(Journey.Refusal.AFTER_PUBLICATION));
        } else if (earlier) {
          assertThat(withoutReason)
              .as(from + " -> " + to)
              .isEqualTo(refused(Journey.Refusal.REASON_REQUIRED));
          assertThat(withReason).as(from + " -> " + to).isEqualTo(allowed(MoveKind.REOPEN));
        } else {
          assertThat(withReason)
              .as(from + " -> " + to)
              .isEqualTo(refused(Journey.Refusal.SKIPS_A_STEP));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(121);
  }

  @Test
  void goingOnSiteNeedsTheSiteVisitDate() {
    assertThat(
            Journey.check(
                Stage.EVIDENCE_GATHERING,
                Stage.ON_SITE,
                "",
                new Journey.Facts(false, false, false, true, false)))
        .isEqualTo(refused(Journey.Refusal.SITE_VISIT_DATE_NEEDED));
  }

  @Test
  void publishingNeedsEveryStatementScored() {
    assertThat(
            Journey.check(
                Stage.FACTUAL_ACCURACY,
                Stage.PUBLISHED,
                "",
                new Journey.Facts(true, true, true, false, false)))
        .isEqualTo(refused(Journey.Refusal.SCORES_INCOMPLETE));
  }

  @Test
  void theOnSiteStageCannotBeginBeforeTheSiteVisitsFirstDay() {
    assertThat(
            Journey.check(
                Stage.EVIDENCE_GATHERING,
                Stage.ON_SITE,
                "",
                new Journey.Facts(true, false, false, true, false)))
        .isEqualTo(refused(Journey.Refusal.SITE_VISIT_NOT_BEGUN));
  }

  @Test
  void publishingNeedsTheSiteVisitDone() {
    assertThat(
            Journey.check(
                Stage.FACTUAL_ACCURACY,
                Stage.PUBLISHED,
                "",
                new Journey.Facts(true, true, false, true, false)))
        .isEqualTo(refused(Journey.Refusal.SITE_VISIT_NOT_DONE));
  }

  @Test
  void aWithdrawnAssessmentCannotMoveAnywhere() {
    Journey.Facts withdrawn = new Journey.Facts(true, true, true, true, true);
    for (Stage from : Stage.values()) {
      for (Stage to : Stage.values()) {
        assertThat(Journey.check(from, to, "A reason", withdrawn))
            .as(from + " -> " + to)
            .isEqualTo(refused(Journey.Refusal.WITHDRAWN));
      }
      assertThat(Journey.movesFrom(from, true)).isEmpty();
      assertThat(Journey.movesFrom(from, false)).isEqualTo(Journey.movesFrom(from));
    }
  }

  @Test
  void aReasonOverTwoThousandCharactersIsRefused() {
    assertThat(Journey.check(Stage.SCORING, Stage.PLANNED, "x".repeat(2001), READY))
        .isEqualTo(refused(Journey.Refusal.REASON_TOO_LONG));
  }

  @Test
  void theMovesOfferedAreTheNextStepThenEveryEarlierOneUntilPublication() {
    assertThat(Journey.movesFrom(Stage.ON_SITE))
        .containsExactly(
            Stage.SCORING,
            Stage.PLANNED,
            Stage.NOTIFIED,
            Stage.INFORMATION_RETURN,
            Stage.EVIDENCE_GATHERING);
    assertThat(Journey.movesFrom(Stage.PUBLISHED)).containsExactly(Stage.FOLLOW_UP);
    assertThat(Journey.movesFrom(Stage.FOLLOW_UP)).isEmpty();
  }

  @Test
  void anAssessmentWithNoMovesIsPlannedUnlessItWasPublishedBeforeJourneysWereKept() {
    assertThat(Journey.current(List.of(), false)).isEqualTo(Stage.PLANNED);
    assertThat(Journey.current(List.of(), true)).isEqualTo(Stage.PUBLISHED);
  }

  private static Journey.Check allowed(MoveKind kind) {
    return new Journey.Check.Allowed(kind);
  }

  private static Journey.Check refused(Journey.Refusal refusal) {
    return new Journey.Check.Refused(refusal);
  }
}
