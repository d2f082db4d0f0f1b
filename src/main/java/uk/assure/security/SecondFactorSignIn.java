package uk.assure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in for staff, when the service requires it ({@code
 * assure.security.staff-second-factor=required}, ASSURE_SECURITY_STAFF_SECOND_FACTOR): after a
 * correct password a staff member holds only the authority to enter a code from their authenticator
 * app, and gets their role once the code is right.
 */
@Component
public class SecondFactorSignIn {

  /** The only authority held between a correct password and a correct code. */
  public static final String PENDING = "SECOND_FACTOR_PENDING";

  private final boolean requiredForStaff;
  private final SecurityContextRepository contexts =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());

  SecondFactorSignIn(@Value("${assure.security.staff-second-factor:off}") String policy) {
    this.requiredForStaff = "required".equalsIgnoreCase(policy.strip());
  }

  public boolean requiredFor(AssureUser user) {
    return requiredForStaff && user.role().staff();
  }

  SecurityContextRepository contexts() {
    return contexts;
  }

  /** After the password: the person may only go on to give a code. */
  public void awaitCode(AssureUser user, HttpServletRequest request, HttpServletResponse response) {
    save(
        new UsernamePasswordAuthenticationToken(
            user, null, List.of(new SimpleGrantedAuthority(PENDING))),
        request,
        response);
  }

  /** After a correct code: the person is signed in with their role, in a new session id. */
  public void complete(AssureUser user, HttpServletRequest request, HttpServletResponse response) {
    request.changeSessionId();
    save(
        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()),
        request,
        response);
  }

  /** The person part-way through signing in, if this request is theirs. */
  public java.util.Optional<AssureUser> pending() {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current != null
        && current.getPrincipal() instanceof AssureUser user
        && current.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()))) {
      return java.util.Optional.of(user);
    }
    return java.util.Optional.empty();
  }

  private void save(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
