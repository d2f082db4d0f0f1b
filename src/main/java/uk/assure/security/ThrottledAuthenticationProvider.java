package uk.assure.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks email and password, refusing at once while the account or address is throttled. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String email = String.valueOf(authentication.getName());
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : "unknown";
    if (throttle.blocked(SignInThrottle.Attempt.PASSWORD, email, address)) {
      throw new LockedException("Too many failed sign-ins");
    }
    try {
      return passwords.authenticate(authentication);
    } catch (BadCredentialsException e) {
      throttle.recordFailure(SignInThrottle.Attempt.PASSWORD, email, address);
      throw e;
    } catch (AuthenticationException e) {
      throttle.recordFailure(SignInThrottle.Attempt.PASSWORD, email, address);
      throw new BadCredentialsException("Sign-in refused", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
