package uk.assure.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;

/** Writes every sign-in, failed sign-in and sign-out to the audit trail. */
@Component
class SignInAuditor {

  private final AuditTrail audit;

  SignInAuditor(AuditTrail audit) {
    this.audit = audit;
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    audit.record(describe(AuditAction.SIGN_IN, event.getAuthentication()));
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent event) {
    audit.record(
        describe(AuditAction.SIGN_IN_FAILED, event.getAuthentication())
            .withDetail("reason", event.getException().getClass().getSimpleName()));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    audit.record(describe(AuditAction.SIGN_OUT, event.getAuthentication()));
  }

  private static AuditRecord describe(AuditAction action, Authentication authentication) {
    AuditRecord record = AuditRecord.of(action, authentication.getName());
    if (authentication.getPrincipal() instanceof AssureUser user) {
      record =
          record
              .withRole(user.role().code())
              .withCouncil(user.council().map(g -> g.value()).orElse(null));
    }
    if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
      record = record.from(details.getRemoteAddress());
    }
    return record;
  }
}
