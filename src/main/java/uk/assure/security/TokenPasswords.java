package uk.assure.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.security.domain.UserAccount;

/**
 * Choosing a password with a single-use link, whether from an invitation or a reset. A new password
 * ends every session the account had and makes every other link it was sent useless, so whoever
 * knew the old password or held an older link is shut out.
 */
@Component
class TokenPasswords {

  private final UserTokens tokens;
  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;

  /**
   * Needs no web server: the {@code users add} command, which runs without one, invites people
   * through {@link Invitations}, which uses this.
   */
  TokenPasswords(
      UserTokens tokens, UserAccounts accounts, PasswordEncoder passwords, AuditTrail audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
  }

  /** The account a link belongs to, while the link can still be used. */
  Optional<UserAccount> holder(String token, UserTokens.Purpose purpose) {
    return tokens.holder(token, purpose).flatMap(accounts::find);
  }

  /** Uses the link up and sets the password; false if it was already used or has expired. */
  @Transactional
  boolean choose(String token, UserTokens.Purpose purpose, String password) {
    Optional<UUID> redeemed = tokens.redeem(token, purpose);
    redeemed.ifPresent(
        id -> {
          accounts.setPassword(id, passwords.encode(password));
          tokens.revokeAll(id);
          accounts
              .find(id)
              .ifPresent(
                  account -> {
                    accounts.endSessions(account.email().value());
                    audit.record(
                        AuditRecord.of(AuditAction.PASSWORD_SET, account.email().value())
                            .withRole(account.role().code())
                            .about("user", account.email())
                            .withDetail("by", purpose.name().toLowerCase()));
                  });
        });
    return redeemed.isPresent();
  }
}
