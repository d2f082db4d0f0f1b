package uk.assure.security.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.security.UserTokenRecords;
import uk.assure.security.UserTokens.Purpose;

@Repository
class JdbcUserTokenRecords implements UserTokenRecords {

  private final JdbcClient jdbc;

  JdbcUserTokenRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(String tokenHash, UUID userId, Purpose purpose, Instant expiresAt) {
    jdbc.sql(
            "INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at) VALUES (?, ?, ?,"
                + " ?)")
        .params(tokenHash, userId, purpose.code(), Timestamp.from(expiresAt))
        .update();
  }

  @Override
  public int useAll(UUID userId, Instant at) {
    return jdbc.sql("UPDATE user_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
        .params(Timestamp.from(at), userId)
        .update();
  }

  @Override
  public Optional<UUID> holder(String tokenHash, Purpose purpose, Instant now) {
    return jdbc.sql(
            "SELECT user_id FROM user_tokens WHERE token_hash = ? AND purpose = ? AND used_at IS"
                + " NULL AND expires_at > ?")
        .params(tokenHash, purpose.code(), Timestamp.from(now))
        .query(UUID.class)
        .optional();
  }

  @Override
  public Optional<UUID> use(String tokenHash, Purpose purpose, Instant now) {
    return jdbc.sql(
            "UPDATE user_tokens SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at"
                + " IS NULL AND expires_at > ? RETURNING user_id")
        .params(Timestamp.from(now), tokenHash, purpose.code(), Timestamp.from(now))
        .query(UUID.class)
        .optional();
  }
}
