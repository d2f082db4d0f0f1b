package uk.assure.journey.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. The bank holidays are
 * data, covering a known range of years; a date outside that range cannot be counted reliably, so
 * the calendar says when an answer runs past what it knows.
 */
public final class WorkingDays {

  private final NavigableSet<LocalDate> bankHolidays;
  private final int firstYear;
  private final int lastYear;

  public WorkingDays(Collection<LocalDate> bankHolidays, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("The calendar's last year comes before its first");
    }
    this.bankHolidays = new TreeSet<>(bankHolidays);
    this.bankHolidays.forEach(
        day -> {
          if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new IllegalArgumentException(
                "Bank holiday " + day + " is outside the years the calendar covers");
          }
        });
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** Whether the calendar knows the bank holidays of the date's year. */
  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
  }

  /**
   * The date that is {@code count} working days after {@code start}: the start itself is not
   * counted, so 10 working days from a Monday with no bank holidays is the Monday two weeks on.
   */
  public CountedDate after(LocalDate start, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Count working days forwards");
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return new CountedDate(day, covers(start) && covers(day));
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 if {@code to} is not later.
   */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * A date found by counting working days.
   *
   * @param reliable false when the count ran through a year whose bank holidays are not known
   */
  public record CountedDate(LocalDate date, boolean reliable) {}
}
