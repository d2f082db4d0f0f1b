package uk.assure.journey.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where an assessment stands in its journey and the dates that follow: when the information return
 * was issued and is due, the site visit, when the draft went to the council and when its factual
 * accuracy check is due. Dates come from the latest moves, so reopening and moving on again starts
 * the clock afresh.
 */
public record JourneyState(
    Stage stage,
    List<StageMove> moves,
    List<DateChange> dateChanges,
    Optional<LocalDate> informationReturnIssuedOn,
    Optional<LocalDate> informationReturnDue,
    Optional<LocalDate> siteVisitOn,
    Optional<LocalDate> draftSentOn,
    Optional<WorkingDays.CountedDate> factualAccuracyDue,
    Optional<Withdrawal> withdrawal) {

  public JourneyState {
    moves = List.copyOf(moves);
    dateChanges = List.copyOf(dateChanges);
    java.util.Objects.requireNonNull(withdrawal, "withdrawal");
  }

  /** Works out the state from the moves and date changes, each oldest first. */
  public static JourneyState of(
      List<StageMove> moves, List<DateChange> dateChanges, boolean published, Deadlines deadlines) {
    return of(moves, dateChanges, published, Optional.empty(), deadlines);
  }

  /** Works out the state from the moves, date changes and withdrawal, if any. */
  public static JourneyState of(
      List<StageMove> moves,
      List<DateChange> dateChanges,
      boolean published,
      Optional<Withdrawal> withdrawal,
      Deadlines deadlines) {
    Stage stage = Journey.current(moves, published);
    Optional<LocalDate> issued = lastArrival(moves, Stage.INFORMATION_RETURN);
    Optional<LocalDate> extended =
        lastDate(dateChanges, DateKind.INFORMATION_RETURN_DUE).filter(d -> issued.isPresent());
    Optional<LocalDate> due = extended.or(() -> issued.map(deadlines::informationReturnDue));
    Optional<LocalDate> draftSent = lastArrival(moves, Stage.FACTUAL_ACCURACY);
    return new JourneyState(
        stage,
        moves,
        dateChanges,
        issued,
        due,
        lastDate(dateChanges, DateKind.SITE_VISIT),
        draftSent,
        draftSent.map(deadlines::factualAccuracyDue),
        withdrawal);
  }

  /** Whether the assessment was withdrawn, which closes it. */
  public boolean withdrawn() {
    return withdrawal.isPresent();
  }

  /**
   * Whether the information return takes answers (until its due date, see {@link
   * #informationReturnOverdue}): from when it is issued, whatever stage staff move the assessment
   * on to, until it is published or withdrawn. Reopening a step before it closes it again.
   */
  public boolean informationReturnOpen() {
    return informationReturnIssuedOn.isPresent()
        && !withdrawn()
        && !stage.published()
        && !stage.isBefore(Stage.INFORMATION_RETURN);
  }

  /** Whether the site visit's first day has come on {@code today}. */
  public boolean siteVisitBegun(LocalDate today) {
    return siteVisitOn.filter(visit -> !visit.isAfter(today)).isPresent();
  }

  /**
   * Whether the site visit is done on {@code today}: the assessment went through the on-site stage
   * and the visit's date has come.
   */
  public boolean siteVisitDone(LocalDate today) {
    return siteVisitBegun(today) && lastArrival(moves, Stage.ON_SITE).isPresent();
  }

  /** Whether the information return's due date has passed on {@code today}. */
  public boolean informationReturnOverdue(LocalDate today) {
    return informationReturnDue.filter(today::isAfter).isPresent();
  }

  private static Optional<LocalDate> lastArrival(List<StageMove> moves, Stage stage) {
    Optional<LocalDate> found = Optional.empty();
    for (StageMove move : moves) {
      if (move.to() == stage && move.kind() == MoveKind.FORWARD) {
        found = Optional.of(move.on());
      }
    }
    return found;
  }

  private static Optional<LocalDate> lastDate(List<DateChange> changes, DateKind kind) {
    Optional<LocalDate> found = Optional.empty();
    for (DateChange change : changes) {
      if (change.kind() == kind) {
        found = Optional.of(change.on());
      }
    }
    return found;
  }
}
