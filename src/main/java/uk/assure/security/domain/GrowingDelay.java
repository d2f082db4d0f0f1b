package uk.assure.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long someone must wait before trying again after failed attempts: the first {@code free}
 * failures cost nothing, then each further one doubles the wait, starting at {@code first}, up to
 * {@code cap}. Nobody is ever locked out for good, so an attacker who fails on purpose can only
 * slow an account's owner down, never shut them out; a guesser's attempts become ever slower.
 *
 * @param free failures allowed before any wait
 * @param first the wait after the first failure past the free ones
 * @param cap the longest wait
 */
public record GrowingDelay(int free, Duration first, Duration cap) {

  public GrowingDelay {
    if (free < 0) {
      throw new IllegalArgumentException("Free failures cannot be negative");
    }
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("The first wait must be positive and within the cap");
    }
  }

  /** The wait that {@code failures} failures impose after the latest of them. */
  public Duration after(int failures) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    int doublings = failures - free - 1;
    if (doublings >= 62 || first.toMillis() << doublings >= cap.toMillis()) {
      return cap;
    }
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** How long is left to wait at {@code now}, given the failures and when the latest was. */
  public Duration left(int failures, Instant latest, Instant now) {
    Duration wait = after(failures);
    if (wait.isZero() || latest == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, latest.plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
