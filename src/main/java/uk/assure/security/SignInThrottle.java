package uk.assure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.assure.security.domain.GrowingDelay;

/**
 * Slows guessing without ever locking anyone out: each failed attempt past a few free ones makes
 * the next attempt wait longer ({@link GrowingDelay}). Failures are counted apart for password
 * sign-in, second-factor codes and password-reset requests, and three ways for each: for one
 * account from one address (the guesser), for one account from anywhere (a spread-out guesser, with
 * a short cap so that nobody can keep an account's owner out for long), and from one address.
 * Failures are kept in the database so every instance of Assure sees them.
 */
@Service
public class SignInThrottle {

  /** What kind of attempt failed; each is counted on its own. */
  public enum Attempt {
    PASSWORD("password"),
    SECOND_FACTOR("second_factor"),
    PASSWORD_RESET("password_reset");

    private final String code;

    Attempt(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** How far back failures count. */
  static final Duration WINDOW = Duration.ofHours(1);

  /** One account from one address: the plain guesser. */
  static final GrowingDelay PER_ACCOUNT_AND_ADDRESS =
      new GrowingDelay(5, Duration.ofSeconds(2), Duration.ofMinutes(15));

  /** One account from anywhere: short-capped, so failing on purpose cannot keep its owner out. */
  static final GrowingDelay PER_ACCOUNT =
      new GrowingDelay(10, Duration.ofSeconds(2), Duration.ofMinutes(1));

  /** One address, whatever account it tries. */
  static final GrowingDelay PER_ADDRESS =
      new GrowingDelay(20, Duration.ofSeconds(2), Duration.ofMinutes(15));

  /** Password-reset requests from one address (each account also gets few links an hour). */
  static final GrowingDelay RESETS_PER_ADDRESS =
      new GrowingDelay(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

  private static final Map<Attempt, GrowingDelay> ADDRESS_RULE =
      Map.of(
          Attempt.PASSWORD, PER_ADDRESS,
          Attempt.SECOND_FACTOR, PER_ADDRESS,
          Attempt.PASSWORD_RESET, RESETS_PER_ADDRESS);

  private final SignInFailureRecords failures;
  private final Clock clock;

  SignInThrottle(SignInFailureRecords failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  /** Whether an attempt must wait now. */
  public boolean blocked(Attempt attempt, String email, String address) {
    return !waitBefore(attempt, email, address).isZero();
  }

  /** How long an attempt of this kind, for this account from this address, must wait now. */
  public Duration waitBefore(Attempt attempt, String email, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    Duration wait =
        left(failures.fromAddress(attempt, address, since), ADDRESS_RULE.get(attempt), now);
    if (attempt != Attempt.PASSWORD_RESET) {
      String account = normalise(email);
      wait = longer(wait, left(failures.forAccount(attempt, account, since), PER_ACCOUNT, now));
      wait =
          longer(
              wait,
              left(
                  failures.forAccountFromAddress(attempt, account, address, since),
                  PER_ACCOUNT_AND_ADDRESS,
                  now));
    }
    return wait;
  }

  public void recordFailure(Attempt attempt, String email, String address) {
    Instant now = clock.instant();
    failures.forgetBefore(now.minus(Duration.ofDays(1)));
    failures.add(attempt, normalise(email), address, now);
  }

  private static Duration left(SignInFailureRecords.Tally tally, GrowingDelay rule, Instant now) {
    return rule.left(tally.failures(), tally.latest(), now);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String normalise(String email) {
    String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return value.length() > 254 ? value.substring(0, 254) : value;
  }
}
