package uk.assure.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.assure.journey.domain.WorkingDays;

class ProgrammeTest {

  private final WorkingDays calendar =
      new WorkingDays(
          List.of(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30)),
          2027,
          2029);
  private final Programme programme = new Programme(LocalDate.of(2027, 4, 5), 104, 3);

  @Test
  void noticeIsEightWeeksBeforeTheVisitWhenTheProgrammeAllows() {
    assertThat(programme.noticeDate(LocalDate.of(2027, 8, 2), calendar))
        .isEqualTo(LocalDate.of(2027, 6, 7));
  }

  @Test
  void noticeFallingOnABankHolidayGoesToTheWorkingDayBefore() {
    // 2027-07-26 less eight weeks is Monday 2027-05-31, a bank holiday.
    assertThat(programme.noticeDate(LocalDate.of(2027, 7, 26), calendar))
        .isEqualTo(LocalDate.of(2027, 5, 28));
  }

  @Test
  void noticeIsNeverBeforeTheProgrammeStarts() {
    assertThat(programme.noticeDate(LocalDate.of(2027, 5, 17), calendar))
        .isEqualTo(LocalDate.of(2027, 4, 5));
  }

  @Test
  void weeksKnowTheirBankHolidaysNoticeAndMonth() {
    List<ProgrammeWeek> weeks = programme.weeks(calendar);
    assertThat(weeks).hasSize(104);
    assertThat(weeks.get(4).monday()).isEqualTo(LocalDate.of(2027, 5, 3));
    assertThat(weeks.get(4).bankHoliday()).isTrue();
    assertThat(weeks.get(5).bankHoliday()).isFalse();
    assertThat(weeks.get(6).noticeDays()).isEqualTo(42);
    assertThat(weeks.get(4).month()).isEqualTo(1);
  }

  @Test
  void engagementMeetingsAreOnePerYearAndClearOfTheVisit() {
    LocalDate start = LocalDate.of(2027, 9, 6);
    LocalDate end = start.plusDays(4);
    for (int spread = 0; spread < 60; spread++) {
      List<LocalDate> meetings = EngagementMeetings.plan(programme, calendar, start, end, spread);
      assertThat(meetings).hasSize(2);
      assertThat(programme.year(0).contains(meetings.get(0))).isTrue();
      assertThat(programme.year(1).contains(meetings.get(1))).isTrue();
      assertThat(meetings)
          .allMatch(day -> EngagementMeetings.clearOfVisit(day, start, end))
          .allMatch(calendar::isWorkingDay);
    }
  }

  @Test
  void aMeetingSevenWeeksAfterTheVisitIsTooClose() {
    LocalDate start = LocalDate.of(2027, 9, 6);
    assertThat(
            EngagementMeetings.clearOfVisit(
                start.plusDays(4).plusWeeks(7), start, start.plusDays(4)))
        .isFalse();
    assertThat(
            EngagementMeetings.clearOfVisit(
                start.plusDays(4).plusWeeks(9), start, start.plusDays(4)))
        .isTrue();
  }
}
