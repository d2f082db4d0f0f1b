package uk.assure.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * When a message that could not be sent is tried again: a minute after the first failure, then
 * twice as long after each one (capped at six hours), so a mail server that is down for a while is
 * not hammered, and given up on after {@link #MAX_ATTEMPTS} attempts (about a day and a half).
 */
public final class RetrySchedule {

  public static final int MAX_ATTEMPTS = 12;
  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(6);

  private RetrySchedule() {}

  /** How long to wait after the given number of failed attempts; empty once it is given up. */
  public static Optional<Duration> waitAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("Only a failed attempt is retried");
    }
    if (failedAttempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    Duration wait = FIRST;
    for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
  }
}
