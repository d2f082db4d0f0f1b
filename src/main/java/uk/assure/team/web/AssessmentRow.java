package uk.assure.team.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One assessment as the staff lists show it: where it stands, the next date it is working to and
 * what is overdue.
 *
 * @param stage the journey stage's code
 * @param teamRole the part the person looking plays in its team, or empty
 * @param next the next date's kind and day, or null when none is set
 * @param overdue each overdue date's kind and day
 */
record AssessmentRow(
    String href,
    String council,
    String region,
    String stage,
    String teamRole,
    String lead,
    Dated next,
    List<Dated> overdue) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A date with what falls due on it, by the kind's code. */
  record Dated(String kind, String on) {}

  AssessmentRow {
    overdue = List.copyOf(overdue);
  }
}
