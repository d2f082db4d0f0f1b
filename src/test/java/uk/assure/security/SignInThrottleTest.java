package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.security.SignInThrottle.Attempt;

/**
 * The throttle on the real database, with its own clock: guessing slows down ever more, but nobody
 * who fails on purpose can keep another person out for long, and kinds of attempt stay apart.
 */
@Tag("database")
@SpringBootTest
class SignInThrottleTest {

  private static final String GUESSER = "192.0.2.1";
  private static final String OWNER = "192.0.2.77";

  @Autowired SignInFailureRecords failures;

  private Instant now = Instant.parse("2031-01-06T09:00:00Z");
  private SignInThrottle throttle;
  private String account;

  @BeforeEach
  void setUp() {
    at(now);
    account = "person-" + UUID.randomUUID() + "@example.org";
  }

  private void at(Instant instant) {
    now = instant;
    throttle = new SignInThrottle(failures, Clock.fixed(now, ZoneOffset.UTC));
  }

  private void fail(int times, Attempt attempt, String email, String address) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(attempt, email, address);
    }
  }

  @Test
  void aFewWrongPasswordsCostNothingThenEachOneDoublesTheWait() {
    fail(5, Attempt.PASSWORD, account, GUESSER);
    assertThat(throttle.blocked(Attempt.PASSWORD, account, GUESSER)).isFalse();

    fail(1, Attempt.PASSWORD, account, GUESSER);
    assertThat(throttle.waitBefore(Attempt.PASSWORD, account, GUESSER))
        .isEqualTo(Duration.ofSeconds(2));
    fail(3, Attempt.PASSWORD, account, GUESSER);
    assertThat(throttle.waitBefore(Attempt.PASSWORD, account, GUESSER))
        .isEqualTo(Duration.ofSeconds(16));

    at(now.plusSeconds(16));
    assertThat(throttle.blocked(Attempt.PASSWORD, account, GUESSER)).isFalse();
  }

  @Test
  void aGuesserElsewhereCanHoldTheOwnerUpForAMinuteAtMostNeverLockThemOut() {
    fail(40, Attempt.PASSWORD, account, GUESSER);

    assertThat(throttle.waitBefore(Attempt.PASSWORD, account, GUESSER))
        .isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.waitBefore(Attempt.PASSWORD, account, OWNER))
        .isEqualTo(Duration.ofMinutes(1));

    at(now.plusSeconds(61));
    assertThat(throttle.blocked(Attempt.PASSWORD, account, OWNER)).isFalse();
    assertThat(throttle.blocked(Attempt.PASSWORD, account, GUESSER)).isTrue();
  }

  @Test
  void wrongAuthenticatorCodesDoNotSlowPasswordSignIn() {
    fail(30, Attempt.SECOND_FACTOR, account, OWNER);

    assertThat(throttle.blocked(Attempt.SECOND_FACTOR, account, OWNER)).isTrue();
    assertThat(throttle.blocked(Attempt.PASSWORD, account, OWNER)).isFalse();
  }

  @Test
  void resetRequestsFromOneAddressDoNotStopResetsFromAnyoneElse() {
    String other = "someone-" + UUID.randomUUID() + "@example.org";
    fail(20, Attempt.PASSWORD_RESET, "anyone@example.org", GUESSER);

    assertThat(throttle.blocked(Attempt.PASSWORD_RESET, other, GUESSER)).isTrue();
    assertThat(throttle.blocked(Attempt.PASSWORD_RESET, other, OWNER)).isFalse();
    assertThat(throttle.blocked(Attempt.PASSWORD, "anyone@example.org", GUESSER)).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    fail(12, Attempt.PASSWORD, account, GUESSER);
    assertThat(throttle.blocked(Attempt.PASSWORD, account, GUESSER)).isTrue();

    at(now.plus(SignInThrottle.WINDOW).plusSeconds(1));

    assertThat(throttle.blocked(Attempt.PASSWORD, account, GUESSER)).isFalse();
  }
}
