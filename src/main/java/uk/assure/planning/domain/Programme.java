package uk.assure.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.assure.journey.domain.WorkingDays;

/**
 * The programme's window and the calibration panel's capacity.
 *
 * @param from the first day of the programme: no notice is sent before it
 * @param weeks how many weeks it runs
 * @param maxVisitsPerWeek at most this many site visits in any one week
 */
public record Programme(LocalDate from, int weeks, int maxVisitsPerWeek) {

  /** Notice of assessment at least this many days before the site visit's first day. */
  public static final int MINIMUM_NOTICE_DAYS = 42;

  /** The notice the regulator prefers to give. */
  public static final int PREFERRED_NOTICE_DAYS = 56;

  /** No engagement meeting within this many days either side of the site visit. */
  public static final int ENGAGEMENT_CLEARANCE_DAYS = 56;

  public Programme {
    Objects.requireNonNull(from, "from");
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("A programme runs for 1 to 520 weeks, not " + weeks);
    }
    if (maxVisitsPerWeek < 1) {
      throw new IllegalArgumentException("At least one site visit a week must be allowed");
    }
  }

  /** The day after the programme's last day. */
  public LocalDate end() {
    return from.plusWeeks(weeks);
  }

  /** The first Monday on or after the programme's start. */
  public LocalDate firstMonday() {
    return from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }

  /** Every week whose Monday to Friday lies inside the programme. */
  public List<ProgrammeWeek> weeks(WorkingDays calendar) {
    List<ProgrammeWeek> result = new ArrayList<>();
    LocalDate monday = firstMonday();
    for (int index = 0; monday.plusDays(4).isBefore(end()); index++) {
      boolean bankHoliday = false;
      for (LocalDate day = monday; day.isBefore(monday.plusDays(5)); day = day.plusDays(1)) {
        bankHoliday |= !calendar.isWorkingDay(day);
      }
      result.add(
          new ProgrammeWeek(
              index, monday, bankHoliday, noticeDate(monday, calendar), monthOf(monday)));
      monday = monday.plusWeeks(1);
    }
    return result;
  }

  /** The month of the programme a day falls in: 0 for the month it starts in. */
  public int monthOf(LocalDate day) {
    return (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), day.withDayOfMonth(1));
  }

  /** How many programme years there are (the last may be short). */
  public int years() {
    int years = 0;
    while (from.plusYears(years).isBefore(end())) {
      years++;
    }
    return years;
  }

  /** The days of programme year {@code year} (0 for the first) inside the programme. */
  public DateRange year(int year) {
    LocalDate first = from.plusYears(year);
    LocalDate next = from.plusYears(year + 1L);
    LocalDate last = (next.isBefore(end()) ? next : end()).minusDays(1);
    return new DateRange(first, last);
  }

  /**
   * When notice of a site visit starting on {@code visitStart} is sent: the latest working day
   * giving the preferred eight weeks' notice, or if that would be before the programme starts, the
   * programme's first working day. Whether that is enough notice is for the rules to judge.
   */
  public LocalDate noticeDate(LocalDate visitStart, WorkingDays calendar) {
    LocalDate notice = visitStart.minusDays(PREFERRED_NOTICE_DAYS);
    if (notice.isBefore(from)) {
      notice = from;
    }
    LocalDate earlier = notice;
    while (!calendar.isWorkingDay(earlier) && !earlier.isBefore(from)) {
      earlier = earlier.minusDays(1);
    }
    if (!earlier.isBefore(from)) {
      return earlier;
    }
    LocalDate later = notice;
    while (!calendar.isWorkingDay(later)) {
      later = later.plusDays(1);
    }
    return later;
  }
}
