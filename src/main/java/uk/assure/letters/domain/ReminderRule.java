package uk.assure.letters.domain;

import java.time.LocalDate;
import java.util.Optional;
import uk.assure.journey.domain.WorkingDays;

/**
 * When a council is reminded of a due date: once it is no more than a set number of working days
 * away (and has not passed), and once more when it has passed. Each reminder is sent once; the
 * caller records which went.
 */
public final class ReminderRule {

  public static final int DEFAULT_WORKING_DAYS_BEFORE = 3;

  /** Which reminder a due date calls for. */
  public enum Moment {
    /** The date is coming: within the set number of working days, today included. */
    BEFORE,
    /** The date has passed. */
    PASSED
  }

  /**
   * The reminder {@code dueOn} calls for on {@code today}, with the working days left.
   *
   * @param daysBefore how many working days ahead to remind, at least 1
   */
  public static Optional<Due> due(
      LocalDate dueOn, LocalDate today, WorkingDays workingDays, int daysBefore) {
    if (daysBefore < 1) {
      throw new IllegalArgumentException("Remind at least one working day ahead");
    }
    if (today.isAfter(dueOn)) {
      return Optional.of(new Due(Moment.PASSED, 0));
    }
    int left = workingDays.between(today, dueOn);
    return left <= daysBefore ? Optional.of(new Due(Moment.BEFORE, left)) : Optional.empty();
  }

  /** A reminder to send, and how many working days are left before the date. */
  public record Due(Moment moment, int workingDaysLeft) {}

  private ReminderRule() {}
}
