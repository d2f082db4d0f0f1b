package uk.assure.planning.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** The days from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("A date range cannot end before it starts");
    }
  }

  /** A range written {@code 2027-08-02..2027-08-13}, if the text is one. */
  public static Optional<DateRange> parse(String text) {
    String[] ends = text.strip().split("\\.\\.", -1);
    if (ends.length != 2) {
      return Optional.empty();
    }
    Optional<LocalDate> first = date(ends[0]);
    Optional<LocalDate> last = date(ends[1]);
    if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
      return Optional.empty();
    }
    return Optional.of(new DateRange(first.get(), last.get()));
  }

  /** An ISO date, if the text is one. */
  public static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !to.isBefore(first) && !from.isAfter(last);
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
