package uk.assure.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.notification.EmailOutbox;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.UserAccount;

/**
 * Resetting a forgotten password by a link sent by email, valid once for an hour. Whether or not an
 * account exists, the person is told the same thing, so addresses cannot be discovered.
 */
@Service
public class PasswordResets {

  static final int MAX_PER_ACCOUNT_PER_HOUR = 3;
  static final String SUBJECT = "Reset your Assure password";

  private final UserAccounts accounts;
  private final UserTokens tokens;
  private final EmailOutbox outbox;
  private final SignInThrottle throttle;
  private final TokenPasswords tokenPasswords;
  private final AuditTrail audit;
  private final Clock clock;
  private final BaseUrl baseUrl;

  PasswordResets(
      UserAccounts accounts,
      UserTokens tokens,
      EmailOutbox outbox,
      SignInThrottle throttle,
      TokenPasswords tokenPasswords,
      AuditTrail audit,
      Clock clock,
      BaseUrl baseUrl) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.outbox = outbox;
    this.throttle = throttle;
    this.tokenPasswords = tokenPasswords;
    this.audit = audit;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /**
   * Sends a reset link if the address has an active account and not too many were sent lately. Each
   * request also counts against the requesting address, as failed sign-ins do.
   */
  @Transactional
  public void request(String email, String address) {
    if (throttle.blocked(SignInThrottle.Attempt.PASSWORD_RESET, email, address)) {
      return;
    }
    throttle.recordFailure(SignInThrottle.Attempt.PASSWORD_RESET, email, address);
    Optional<UserAccount> account =
        EmailAddress.parse(email).flatMap(accounts::find).filter(UserAccount::active);
    if (account.isEmpty() || recentlySent(account.get()) >= MAX_PER_ACCOUNT_PER_HOUR) {
      return;
    }
    String token = tokens.issue(account.get().id(), UserTokens.Purpose.PASSWORD_RESET);
    outbox.queue(
        account.get().email().value(),
        SUBJECT,
        "Someone asked to reset the password of your Assure account.\n\n"
            + "To choose a new password, open this link within an hour. It works once:\n"
            + baseUrl.forAnyone()
            + "/password-reset/"
            + token
            + "\n\nIf you did not ask for this, you can ignore this email: your password has not"
            + " changed.");
    audit.record(
        AuditRecord.of(AuditAction.PASSWORD_RESET_REQUESTED, account.get().email().value())
            .from(address));
  }

  /** The account a reset link belongs to, while it can still be used. */
  public Optional<UserAccount> holder(String token) {
    return tokenPasswords.holder(token, UserTokens.Purpose.PASSWORD_RESET);
  }

  /** Uses the link up and sets the new password; false if it was used already or expired. */
  public boolean reset(String token, String password) {
    return tokenPasswords.choose(token, UserTokens.Purpose.PASSWORD_RESET, password);
  }

  private int recentlySent(UserAccount account) {
    return outbox.countQueued(
        account.email().value(), SUBJECT, clock.instant().minus(Duration.ofHours(1)));
  }
}
