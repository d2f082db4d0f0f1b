package uk.assure.journey.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.Deadlines;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.MoveKind;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.StageMove;

/**
 * An assessment's journey as a page shows it: every step with whether it is done, current or to
 * come; the dates that are due; and a timeline of what happened, newest first.
 */
record JourneyView(String stage, List<Step> steps, List<Due> dues, List<Event> timeline) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A step of the journey; status is done, current or todo. */
  record Step(String code, String status) {}

  /**
   * A date that matters now.
   *
   * @param labelKey what the date is
   * @param flagKey a warning to show beside it, or null
   */
  record Due(String labelKey, String date, String flagKey, String flagClass) {}

  /**
   * Something that happened: a move (to the stage with {@code stageCode}) or a date being set (to
   * {@code date}).
   */
  record Event(
      Instant at,
      String when,
      String whatKey,
      String stageCode,
      String date,
      String actor,
      String reason) {}

  static JourneyView of(JourneyState state, Deadlines deadlines, LocalDate today) {
    List<Step> steps = new ArrayList<>();
    for (Stage s : Stage.values()) {
      String status = s == state.stage() ? "current" : s.isBefore(state.stage()) ? "done" : "todo";
      steps.add(new Step(s.code(), status));
    }
    return new JourneyView(
        state.stage().code(), steps, dues(state, deadlines, today), timeline(state));
  }

  private static List<Due> dues(JourneyState state, Deadlines deadlines, LocalDate today) {
    List<Due> dues = new ArrayList<>();
    state
        .informationReturnIssuedOn()
        .ifPresent(d -> dues.add(new Due("journey.due.irIssued", DATE.format(d), null, null)));
    state
        .informationReturnDue()
        .ifPresent(
            d ->
                dues.add(
                    new Due(
                        "journey.due.irDue",
                        DATE.format(d),
                        state.informationReturnOpen() && today.isAfter(d)
                            ? "journey.flag.overdue"
                            : null,
                        "govuk-tag--red")));
    state
        .siteVisitOn()
        .ifPresent(
            d -> {
              Deadlines.Notice notice = deadlines.siteVisitNotice(setOn(state, d).orElse(today), d);
              dues.add(
                  new Due(
                      "journey.due.siteVisit",
                      DATE.format(d),
                      notice.level() == Deadlines.NoticeLevel.ENOUGH
                          ? null
                          : "journey.flag.shortNotice",
                      "govuk-tag--yellow"));
            });
    state
        .draftSentOn()
        .ifPresent(d -> dues.add(new Due("journey.due.draftSent", DATE.format(d), null, null)));
    state
        .factualAccuracyDue()
        .ifPresent(
            d ->
                dues.add(
                    new Due(
                        "journey.due.factualAccuracy",
                        DATE.format(d.date()),
                        !d.reliable()
                            ? "journey.flag.calendar"
                            : state.stage() == Stage.FACTUAL_ACCURACY && today.isAfter(d.date())
                                ? "journey.flag.overdue"
                                : null,
                        d.reliable() ? "govuk-tag--red" : "govuk-tag--yellow")));
    return dues;
  }

  private static java.util.Optional<LocalDate> setOn(JourneyState state, LocalDate visit) {
    java.util.Optional<LocalDate> found = java.util.Optional.empty();
    for (DateChange change : state.dateChanges()) {
      if (change.on().equals(visit)) {
        found = java.util.Optional.of(LocalDate.ofInstant(change.at(), LONDON));
      }
    }
    return found;
  }

  private static List<Event> timeline(JourneyState state) {
    List<Event> events = new ArrayList<>();
    for (StageMove move : state.moves()) {
      events.add(
          new Event(
              move.at(),
              TIME.format(move.at().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
              move.kind() == MoveKind.REOPEN ? "journey.event.reopened" : "journey.event.moved",
              move.to().code(),
              null,
              move.actor(),
              move.reason().orElse("")));
    }
    for (DateChange change : state.dateChanges()) {
      events.add(
          new Event(
              change.at(),
              TIME.format(change.at().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
              "journey.event.date." + change.kind().code(),
              null,
              DATE.format(change.on()),
              change.actor(),
              change.reason().orElse("")));
    }
    state
        .withdrawal()
        .ifPresent(
            w ->
                events.add(
                    new Event(
                        w.at(),
                        TIME.format(w.at().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
                        "journey.event.withdrawn",
                        null,
                        null,
                        w.actor(),
                        w.reason())));
    events.sort(Comparator.comparing(Event::at).reversed());
    return events;
  }
}
