package uk.assure.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.assure.journey.domain.WorkingDays;

class ReminderRuleTest {

  // Good Friday and Easter Monday 2027.
  private final WorkingDays days =
      new WorkingDays(List.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29)), 2027, 2027);

  /** Due on Wednesday 31 March 2027, just after Easter. */
  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  @Test
  void nothingIsDueWhileTheDateIsMoreThanTheSetWorkingDaysAway() {
    // Wednesday 24 March: Thursday, Tuesday and Wednesday are working days; Friday and Monday not.
    assertThat(ReminderRule.due(DUE, LocalDate.of(2027, 3, 23), days, 3)).isEmpty();
  }

  @Test
  void theReminderComesTheSetNumberOfWorkingDaysAheadCountingBankHolidaysOut() {
    assertThat(ReminderRule.due(DUE, LocalDate.of(2027, 3, 24), days, 3))
        .contains(new ReminderRule.Due(ReminderRule.Moment.BEFORE, 3));
    assertThat(ReminderRule.due(DUE, LocalDate.of(2027, 3, 25), days, 3))
        .contains(new ReminderRule.Due(ReminderRule.Moment.BEFORE, 2));
    // Calendar days would say 7; working days say 3 only from the Wednesday.
    assertThat(ReminderRule.due(DUE, LocalDate.of(2027, 3, 24), days, 2)).isEmpty();
  }

  @Test
  void onTheDayItIsStillAReminderAndTheDayAfterItHasPassed() {
    assertThat(ReminderRule.due(DUE, DUE, days, 3))
        .contains(new ReminderRule.Due(ReminderRule.Moment.BEFORE, 0));
    assertThat(ReminderRule.due(DUE, DUE.plusDays(1), days, 3))
        .contains(new ReminderRule.Due(ReminderRule.Moment.PASSED, 0));
    assertThat(ReminderRule.due(DUE, DUE.plusDays(30), days, 3).map(ReminderRule.Due::moment))
        .isEqualTo(Optional.of(ReminderRule.Moment.PASSED));
  }
}
