package uk.assure.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One working week of the programme, in which a site visit may run from Monday to Friday.
 *
 * @param index the week's number, 0 for the programme's first week
 * @param monday the week's first day
 * @param bankHoliday whether a bank holiday falls on one of its working days
 * @param notice when notice of a site visit in this week is sent ({@link Programme#noticeDate})
 * @param month the programme month the week starts in, 0 for the first
 */
public record ProgrammeWeek(
    int index, LocalDate monday, boolean bankHoliday, LocalDate notice, int month) {

  public ProgrammeWeek {
    Objects.requireNonNull(monday, "monday");
    Objects.requireNonNull(notice, "notice");
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("A programme week starts on a Monday, not " + monday);
    }
    if (index < 0) {
      throw new IllegalArgumentException("Weeks are numbered from 0");
    }
  }

  /** Days of notice a site visit in this week is given. */
  public long noticeDays() {
    return ChronoUnit.DAYS.between(notice, monday);
  }

  public LocalDate friday() {
    return monday.plusDays(4);
  }

  @Override
  public String toString() {
    return "week " + index + " (" + monday + ")";
  }
}
