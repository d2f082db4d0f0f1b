package uk.assure.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.assure.journey.domain.WorkingDays;

/**
 * The relationship owner's annual engagement meeting with each council: one in each year of the
 * programme, on a working day, never within eight weeks either side of the council's site visit.
 * Meetings are spread through the year by the council's place in the programme, so that an owner's
 * meetings do not all fall in the same week.
 */
public final class EngagementMeetings {

  private EngagementMeetings() {}

  /**
   * The meeting for each programme year; a year too short to hold one clear of the visit has none
   * (the plan checker names it).
   *
   * @param spread the council's place in the programme (any whole number), to spread meetings
   */
  public static List<LocalDate> plan(
      Programme programme,
      WorkingDays calendar,
      LocalDate visitStart,
      LocalDate visitEnd,
      int spread) {
    List<LocalDate> meetings = new ArrayList<>();
    for (int year = 0; year < programme.years(); year++) {
      choose(programme.year(year), calendar, visitStart, visitEnd, spread).ifPresent(meetings::add);
    }
    return meetings;
  }

  /** Whether a meeting on {@code day} keeps clear of the site visit. */
  public static boolean clearOfVisit(LocalDate day, LocalDate visitStart, LocalDate visitEnd) {
    return day.isBefore(visitStart.minusDays(Programme.ENGAGEMENT_CLEARANCE_DAYS))
        || day.isAfter(visitEnd.plusDays(Programme.ENGAGEMENT_CLEARANCE_DAYS));
  }

  private static Optional<LocalDate> choose(
      DateRange year, WorkingDays calendar, LocalDate visitStart, LocalDate visitEnd, int spread) {
    List<LocalDate> candidates = new ArrayList<>();
    LocalDate wednesday = year.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    for (LocalDate day = wednesday; !day.isAfter(year.last()); day = day.plusWeeks(1)) {
      LocalDate working = day;
      while (!calendar.isWorkingDay(working) && working.isBefore(day.plusDays(3))) {
        working = working.plusDays(1);
      }
      if (calendar.isWorkingDay(working)
          && year.contains(working)
          && clearOfVisit(working, visitStart, visitEnd)) {
        candidates.add(working);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    long weeksInYear = ChronoUnit.WEEKS.between(year.first(), year.last()) + 1;
    LocalDate target = year.first().plusWeeks(Math.floorMod(spread * 7L, weeksInYear));
    return candidates.stream()
        .min(
            Comparator.comparingLong(
                    (LocalDate day) -> Math.abs(ChronoUnit.DAYS.between(target, day)))
                .thenComparing(day -> day));
  }
}
