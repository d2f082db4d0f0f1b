package uk.assure.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one address,
 * within a quarter of an hour, further attempts are refused until the window passes. Failures are
 * kept in the database so every instance of Assure sees them.
 */
@Service
public class SignInThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_FAILURES_PER_ACCOUNT = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 20;

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean blocked(String email, String address) {
    Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
    int forAccount =
        jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE email = ? AND failed_at > ?")
            .params(normalise(email), since)
            .query(Integer.class)
            .single();
    int fromAddress =
        jdbc.sql("SELECT count(*) FROM sign_in_failures WHERE address = ? AND failed_at > ?")
            .params(address, since)
            .query(Integer.class)
            .single();
    return forAccount >= MAX_FAILURES_PER_ACCOUNT || fromAddress >= MAX_FAILURES_PER_ADDRESS;
  }

  public void recordFailure(String email, String address) {
    Instant now = clock.instant();
    jdbc.sql("DELETE FROM sign_in_failures WHERE failed_at < ?")
        .param(Timestamp.from(now.minus(Duration.ofDays(1))))
        .update();
    jdbc.sql("INSERT INTO sign_in_failures (email, address, failed_at) VALUES (?, ?, ?)")
        .params(normalise(email), address, Timestamp.from(now))
        .update();
  }

  private static String normalise(String email) {
    String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return value.length() > 254 ? value.substring(0, 254) : value;
  }
}
