package uk.assure.market.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates in the care directory: date cells, given to the parser as dd/mm/yyyy text like CSV's. */
final class DirectoryDates {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private DirectoryDates() {}

  static String format(LocalDate date) {
    return DAY_MONTH_YEAR.format(date);
  }

  /** The date the text gives as dd/mm/yyyy, if it is one. */
  static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), DAY_MONTH_YEAR));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
