package uk.assure.journey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  /** The England and Wales bank holidays of late 2026 to early 2028, by hand. */
  private final WorkingDays calendar =
      new WorkingDays(
          List.of(
              LocalDate.of(2026, 12, 25),
              LocalDate.of(2026, 12, 28),
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 3, 26),
              LocalDate.of(2027, 3, 29),
              LocalDate.of(2027, 12, 27),
              LocalDate.of(2027, 12, 28),
              LocalDate.of(2028, 1, 3)),
          2026,
          2028);

  @Test
  void tenWorkingDaysFromAMondayWithoutHolidaysIsTheMondayTwoWeeksOn() {
    assertThat(calendar.after(LocalDate.of(2026, 11, 2), 10))
        .isEqualTo(new WorkingDays.CountedDate(LocalDate.of(2026, 11, 16), true));
  }

  @Test
  void aDraftSentOnFridayCountsFromTheFollowingMonday() {
    // Friday 6 November 2026: day 1 is Monday 9th, day 10 is Friday 20th.
    assertThat(calendar.after(LocalDate.of(2026, 11, 6), 10).date())
        .isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void christmasAndNewYearAcrossTheYearEndAreSkipped() {
    // From Friday 18 December 2026: 21, 22, 23, 24, (25 holiday), (28 substitute), 29, 30, 31,
    // (1 January holiday), 4, 5, 6 January 2027.
    assertThat(calendar.after(LocalDate.of(2026, 12, 18), 10).date())
        .isEqualTo(LocalDate.of(2027, 1, 6));
  }

  @Test
  void easterIsSkipped() {
    // From Monday 22 March 2027: 23, 24, 25, (26 Good Friday), (29 Easter Monday), 30, 31,
    // 1, 2, 5, 6, 7 April.
    assertThat(calendar.after(LocalDate.of(2027, 3, 22), 10).date())
        .isEqualTo(LocalDate.of(2027, 4, 7));
  }

  @Test
  void substituteDaysForAWeekendChristmasAndNewYearAreSkipped() {
    // From Thursday 23 December 2027: 24, (27, 28 substitutes), 29, 30, 31, (3 January 2028
    // substitute), 4, 5, 6, 7, 10.
    assertThat(calendar.after(LocalDate.of(2027, 12, 23), 9).date())
        .isEqualTo(LocalDate.of(2028, 1, 10));
  }

  @Test
  void aCountRunningPastTheYearsTheCalendarKnowsIsMarkedUnreliable() {
    WorkingDays.CountedDate late = calendar.after(LocalDate.of(2028, 12, 20), 10);
    assertThat(late.reliable()).isFalse();
    assertThat(calendar.after(LocalDate.of(2028, 11, 1), 10).reliable()).isTrue();
  }

  @Test
  void weekendsAndBankHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    assertThat(calendar.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
  }

  @Test
  void aBankHolidayOutsideTheCoveredYearsIsRefused() {
    assertThatThrownBy(() -> new WorkingDays(List.of(LocalDate.of(2030, 1, 1)), 2026, 2028))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
