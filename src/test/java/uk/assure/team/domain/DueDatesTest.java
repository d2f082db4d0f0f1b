package uk.assure.team.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.WorkingDays;

class DueDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  @Test
  void anOpenInformationReturnPastItsDueDateIsOverdueAndTheVisitIsNext() {
    DueDates dates =
        DueDates.of(
            state(
                Stage.INFORMATION_RETURN,
                Optional.of(TODAY.minusDays(1)),
                Optional.of(TODAY.plusDays(40)),
                Optional.empty()),
            TODAY);
    assertThat(dates.overdue())
        .containsExactly(new DueDates.Due(DueDates.Kind.INFORMATION_RETURN, TODAY.minusDays(1)));
    assertThat(dates.next())
        .contains(new DueDates.Due(DueDates.Kind.SITE_VISIT, TODAY.plusDays(40)));
  }

  @Test
  void aDateDueTodayIsNextNotOverdue() {
    DueDates dates =
        DueDates.of(
            state(Stage.INFORMATION_RETURN, Optional.of(TODAY), Optional.empty(), Optional.empty()),
            TODAY);
    assertThat(dates.overdue()).isEmpty();
    assertThat(dates.next()).contains(new DueDates.Due(DueDates.Kind.INFORMATION_RETURN, TODAY));
  }

  @Test
  void datesBehindTheStageNoLongerCount() {
    DueDates dates =
        DueDates.of(
            state(
                Stage.SCORING,
                Optional.of(TODAY.minusDays(60)),
                Optional.of(TODAY.minusDays(20)),
                Optional.empty()),
            TODAY);
    assertThat(dates.dates()).isEmpty();
    assertThat(dates.next()).isEmpty();
  }

  @Test
  void theFactualAccuracyCheckCountsWhileTheCouncilChecks() {
    DueDates dates =
        DueDates.of(
            state(
                Stage.FACTUAL_ACCURACY,
                Optional.empty(),
                Optional.of(TODAY.minusDays(50)),
                Optional.of(TODAY.minusDays(2))),
            TODAY);
    assertThat(dates.overdue())
        .containsExactly(new DueDates.Due(DueDates.Kind.FACTUAL_ACCURACY, TODAY.minusDays(2)));
  }

  private static JourneyState state(
      Stage stage,
      Optional<LocalDate> returnDue,
      Optional<LocalDate> visit,
      Optional<LocalDate> accuracyDue) {
    return new JourneyState(
        stage,
        List.of(),
        List.of(),
        returnDue.map(d -> d.minusDays(30)),
        returnDue,
        visit,
        accuracyDue.map(d -> d.minusDays(15)),
        accuracyDue.map(d -> new WorkingDays.CountedDate(d, true)),
        Optional.empty());
  }
}
