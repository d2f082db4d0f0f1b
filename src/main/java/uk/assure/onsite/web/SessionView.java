package uk.assure.onsite.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and time formats for the on-site pages. */
class SessionView {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  public String date(LocalDate date) {
    return DATE.format(date);
  }

  public String time(LocalTime time) {
    return TIME.format(time).replace("AM", "am").replace("PM", "pm");
  }
}
