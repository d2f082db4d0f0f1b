package uk.assure.security.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.council.domain.GssCode;
import uk.assure.security.UserAccounts;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

@Repository
class JdbcUserAccounts implements UserAccounts {

  private static final String SELECT =
      "SELECT id, email, role, council_gss, password_hash, totp_secret, active, version FROM users";

  private final JdbcClient jdbc;

  JdbcUserAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UserAccount> find(EmailAddress email) {
    return jdbc.sql(SELECT + " WHERE email = ?")
        .param(email.value())
        .query(this::account)
        .optional();
  }

  @Override
  public Optional<UserAccount> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::account).optional();
  }

  @Override
  public List<UserAccount> all() {
    return jdbc.sql(SELECT + " ORDER BY email").query(this::account).list();
  }

  @Override
  public boolean add(UserAccount account) {
    try {
      jdbc.sql(
              "INSERT INTO users (id, email, role, council_gss, password_hash, totp_secret, active)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              account.id(),
              account.email().value(),
              account.role().code(),
              account.council().map(GssCode::value).orElse(null),
              account.passwordHash().orElse(null),
              account.totpSecret().orElse(null),
              account.active())
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public void setPassword(UUID id, String passwordHash) {
    jdbc.sql("UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?")
        .params(passwordHash, id)
        .update();
  }

  @Override
  public void setSecondFactorSecret(UUID id, String secret) {
    jdbc.sql("UPDATE users SET totp_secret = ?, version = version + 1 WHERE id = ?")
        .params(secret, id)
        .update();
  }

  @Override
  public boolean update(UUID id, int version, UserAccount changed) {
    return jdbc.sql(
                "UPDATE users SET role = ?, council_gss = ?, active = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(
                changed.role().code(),
                changed.council().map(GssCode::value).orElse(null),
                changed.active(),
                id,
                version)
            .update()
        == 1;
  }

  @Override
  public void endSessions(String email) {
    jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(email).update();
  }

  @Override
  public boolean anyAdmin() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active)")
        .query(Boolean.class)
        .single();
  }

  private UserAccount account(ResultSet row, int rowNumber) throws SQLException {
    return new UserAccount(
        row.getObject("id", UUID.class),
        new EmailAddress(row.getString("email")),
        Role.fromCode(row.getString("role")),
        Optional.ofNullable(row.getString("council_gss")).map(GssCode::new),
        Optional.ofNullable(row.getString("password_hash")),
        Optional.ofNullable(row.getString("totp_secret")),
        row.getBoolean("active"),
        row.getInt("version"));
  }
}
