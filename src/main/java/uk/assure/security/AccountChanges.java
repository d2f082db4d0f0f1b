package uk.assure.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

/**
 * An administrator changing someone's role, council or access. The change applies at once: the
 * person's sessions end, so they sign in again with what they are now allowed.
 */
@Service
public class AccountChanges {

  /** What became of a change. */
  public enum Outcome {
    CHANGED,
    NOTHING_CHANGED,
    CHANGED_BY_SOMEONE_ELSE,
    NOT_FOUND,
    NOT_YOUR_OWN_ADMIN_ROLE,
    COUNCIL_NEEDED,
    COUNCIL_NOT_ALLOWED
  }

  private final UserAccounts accounts;
  private final CouncilRegistry councils;
  private final AuditTrail audit;

  AccountChanges(UserAccounts accounts, CouncilRegistry councils, AuditTrail audit) {
    this.accounts = accounts;
    this.councils = councils;
    this.audit = audit;
  }

  @Transactional
  public Outcome change(
      UUID id, int version, String roleCode, String councilCode, boolean active, AssureUser admin) {
    Optional<UserAccount> current = accounts.find(id);
    if (current.isEmpty() || !Role.isKnown(roleCode)) {
      return Outcome.NOT_FOUND;
    }
    UserAccount before = current.get();
    Role role = Role.fromCode(roleCode);
    if (before.id().equals(admin.id()) && (role != Role.ADMIN || !active)) {
      return Outcome.NOT_YOUR_OWN_ADMIN_ROLE;
    }
    Optional<GssCode> council =
        GssCode.parse(councilCode).filter(gss -> councils.find(gss).isPresent());
    if (role == Role.COUNCIL && council.isEmpty()) {
      return Outcome.COUNCIL_NEEDED;
    }
    if (role != Role.COUNCIL && councilCode != null && !councilCode.isBlank()) {
      return Outcome.COUNCIL_NOT_ALLOWED;
    }
    UserAccount after =
        new UserAccount(
            before.id(),
            before.email(),
            role,
            role == Role.COUNCIL ? council : Optional.empty(),
            before.passwordHash(),
            before.totpSecret(),
            active,
            before.version());
    if (after.role() == before.role()
        && after.council().equals(before.council())
        && after.active() == before.active()) {
      return Outcome.NOTHING_CHANGED;
    }
    if (!accounts.update(id, version, after)) {
      return Outcome.CHANGED_BY_SOMEONE_ELSE;
    }
    accounts.endSessions(before.email().value());
    audit.record(
        AuditRecord.of(AuditAction.ROLE_CHANGED, admin.email())
            .withRole(admin.role().code())
            .about("user", before.email())
            .withCouncil(after.council().map(GssCode::value).orElse(null))
            .withDetail("fromRole", before.role().code())
            .withDetail("toRole", after.role().code())
            .withDetail("fromCouncil", before.council().map(GssCode::value).orElse(""))
            .withDetail("toCouncil", after.council().map(GssCode::value).orElse(""))
            .withDetail("active", active));
    return Outcome.CHANGED;
  }
}
