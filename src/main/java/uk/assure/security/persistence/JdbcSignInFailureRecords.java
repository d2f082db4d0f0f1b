package uk.assure.security.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.security.SignInFailureRecords;
import uk.assure.security.SignInThrottle.Attempt;

@Repository
class JdbcSignInFailureRecords implements SignInFailureRecords {

  private final JdbcClient jdbc;

  JdbcSignInFailureRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Attempt attempt, String email, String address, Instant at) {
    jdbc.sql("INSERT INTO sign_in_failures (kind, email, address, failed_at) VALUES (?, ?, ?, ?)")
        .params(attempt.code(), email, address, Timestamp.from(at))
        .update();
  }

  @Override
  public void forgetBefore(Instant cutoff) {
    jdbc.sql("DELETE FROM sign_in_failures WHERE failed_at < ?")
        .param(Timestamp.from(cutoff))
        .update();
  }

  @Override
  public Tally fromAddress(Attempt attempt, String address, Instant since) {
    return tally("kind = ? AND address = ?", since, attempt.code(), address);
  }

  @Override
  public Tally forAccount(Attempt attempt, String email, Instant since) {
    return tally("kind = ? AND email = ?", since, attempt.code(), email);
  }

  @Override
  public Tally forAccountFromAddress(Attempt attempt, String email, String address, Instant since) {
    return tally("kind = ? AND email = ? AND address = ?", since, attempt.code(), email, address);
  }

  private Tally tally(String where, Instant since, Object... keys) {
    Object[] params = new Object[keys.length + 1];
    System.arraycopy(keys, 0, params, 0, keys.length);
    params[keys.length] = Timestamp.from(since);
    return jdbc.sql(
            "SELECT count(*) AS failures, max(failed_at) AS latest FROM sign_in_failures WHERE "
                + where
                + " AND failed_at > ?")
        .params(params)
        .query(
            (rs, row) -> {
              Timestamp at = rs.getTimestamp("latest");
              return new Tally(rs.getInt("failures"), at == null ? null : at.toInstant());
            })
        .single();
  }
}
