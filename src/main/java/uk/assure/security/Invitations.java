package uk.assure.security;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.notification.EmailOutbox;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

/** Inviting people to Assure, and their accepting by choosing a password. */
@Service
public class Invitations {

  /** The outcome of an invitation: a link to send, or why none was made. */
  public sealed interface Outcome {
    record Invited(UserAccount account, String link) implements Outcome {}

    record Refused(String reason) implements Outcome {}
  }

  private final UserAccounts accounts;
  private final UserTokens tokens;
  private final CouncilRegistry councils;
  private final TokenPasswords tokenPasswords;
  private final BaseUrl baseUrl;
  private final AuditTrail audit;
  private final EmailOutbox outbox;

  Invitations(
      UserAccounts accounts,
      UserTokens tokens,
      CouncilRegistry councils,
      TokenPasswords tokenPasswords,
      BaseUrl baseUrl,
      AuditTrail audit,
      EmailOutbox outbox) {
    this.audit = audit;
    this.outbox = outbox;
    this.accounts = accounts;
    this.tokens = tokens;
    this.councils = councils;
    this.tokenPasswords = tokenPasswords;
    this.baseUrl = baseUrl;
  }

  /** As {@link #invite(String, String, String, String)}, recorded as done by the system. */
  public Outcome invite(String email, String roleCode, String councilCode) {
    return invite(email, roleCode, councilCode, "system");
  }

  /** Creates an account for the person and a single-use link for them to choose a password. */
  @Transactional
  public Outcome invite(String email, String roleCode, String councilCode, String invitedBy) {
    Optional<EmailAddress> address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      return new Outcome.Refused("'" + email + "' is not an email address");
    }
    if (!Role.isKnown(roleCode)) {
      return new Outcome.Refused(
          "'"
              + roleCode
              + "' is not a role: use admin, lead_assessor, assessor, analyst, panel or"
              + " council");
    }
    Role role = Role.fromCode(roleCode);
    Optional<GssCode> council = Optional.empty();
    if (role == Role.COUNCIL) {
      council = GssCode.parse(councilCode).filter(gss -> councils.find(gss).isPresent());
      if (council.isEmpty()) {
        return new Outcome.Refused(
            "A council user needs the GSS code of a council with adult social care duties"
                + " (for example E09000007), not '"
                + councilCode
                + "'");
      }
    } else if (councilCode != null && !councilCode.isBlank()) {
      return new Outcome.Refused("Only council users belong to a council");
    }
    UserAccount account = UserAccount.invite(address.get(), role, council);
    if (!accounts.add(account)) {
      return new Outcome.Refused(address.get() + " already has an account");
    }
    String token = tokens.issue(account.id(), UserTokens.Purpose.INVITATION);
    audit.record(
        AuditRecord.of(AuditAction.USER_INVITED, invitedBy)
            .about("user", account.email())
            .withCouncil(council.map(GssCode::value).orElse(null))
            .withDetail("role", role.code()));
    String link = baseUrl.forSignedIn() + "/invitations/" + token;
    outbox.queue(
        account.email().value(),
        "You have been invited to Assure",
        "You have been invited to Assure, the service for assessing how councils meet their"
            + " adult social care duties.\n\nTo set up your account, open this link within 7 days"
            + " and choose a password. It works once:\n"
            + link);
    return new Outcome.Invited(account, link);
  }

  /** The invited account a link belongs to, while the link can still be used. */
  public Optional<UserAccount> invited(String token) {
    return tokenPasswords.holder(token, UserTokens.Purpose.INVITATION);
  }

  /** Uses the link up and sets the password; false if the link was already used or expired. */
  public boolean accept(String token, String password) {
    return tokenPasswords.choose(token, UserTokens.Purpose.INVITATION, password);
  }
}
