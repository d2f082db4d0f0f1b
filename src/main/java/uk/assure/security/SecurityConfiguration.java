package uk.assure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import uk.assure.security.domain.Role;

/**
 * Sign-in with email and password, sessions shared through PostgreSQL, and every route's access
 * taken from {@link AccessRules}. A controller route with no rule is refused; a path that no
 * controller serves is let through so that it gets the ordinary "page not found".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      AssureUserDetailsService users,
      PasswordEncoder passwords,
      SignInThrottle throttle,
      SecondFactorSignIn secondFactor,
      SingleSignOn singleSignOn,
      @Qualifier("requestMappingHandlerMapping") AbstractHandlerMethodMapping<?> controllers)
      throws Exception {
    DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
    passwordCheck.setPasswordEncoder(passwords);
    http.authenticationProvider(new ThrottledAuthenticationProvider(passwordCheck, throttle));

    http.authorizeHttpRequests(
        requests -> {
          AccessRules.RULES.forEach(rule -> apply(requests, rule));
          requests
              .anyRequest()
              .access(
                  (authentication, context) ->
                      new AuthorizationDecision(
                          !servedByController(controllers, context.getRequest())));
        });

    SavedRequestAwareAuthenticationSuccessHandler success =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest request,
              HttpServletResponse response,
              org.springframework.security.core.Authentication authentication)
              throws java.io.IOException, jakarta.servlet.ServletException {
            AssureUser user = (AssureUser) authentication.getPrincipal();
            if (secondFactor.requiredFor(user)) {
              secondFactor.awaitCode(user, request, response);
              response.sendRedirect(
                  user.hasSecondFactor() ? "/sign-in/code" : "/sign-in/set-up-code");
              return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
          }

          @Override
          protected String determineTargetUrl(
              HttpServletRequest request, HttpServletResponse response) {
            return homeOf(
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication());
          }
        };
    http.securityContext(context -> context.securityContextRepository(secondFactor.contexts()));
    http.formLogin(
        form ->
            form.loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(success)
                .failureHandler(
                    (request, response, exception) ->
                        response.sendRedirect(
                            exception instanceof LockedException
                                ? "/sign-in?locked"
                                : "/sign-in?error")));
    if (singleSignOn.enabled()) {
      http.oauth2Login(
          sso ->
              sso.loginPage("/sign-in")
                  .successHandler(
                      (request, response, authentication) -> {
                        var person = (OidcUser) authentication.getPrincipal();
                        var user =
                            singleSignOn.staffAccountFor(
                                person.getEmail(),
                                !Boolean.FALSE.equals(person.getEmailVerified()));
                        if (user.isEmpty()) {
                          SecurityContextHolder.clearContext();
                          request.getSession().invalidate();
                          response.sendRedirect("/sign-in?sso-refused");
                          return;
                        }
                        secondFactor.complete(user.get(), request, response);
                        response.sendRedirect("/staff");
                      })
                  .failureHandler(
                      (request, response, exception) ->
                          response.sendRedirect("/sign-in?sso-refused")));
    }
    http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"));
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/ratings/calculate"));
    http.headers(
        headers ->
            headers.referrerPolicy(
                referrer ->
                    referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                            .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  /** Where a person lands after signing in: their council's area, or the staff area. */
  static String homeOf(org.springframework.security.core.Authentication authentication) {
    return authentication != null
            && authentication.getPrincipal() instanceof AssureUser user
            && user.role() == Role.COUNCIL
        ? "/council"
        : "/staff";
  }

  private static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests,
      AccessRules.Rule rule) {
    var matched =
        rule.method() == null
            ? requests.requestMatchers(rule.pattern())
            : requests.requestMatchers(rule.method(), rule.pattern());
    if (rule.open()) {
      matched.permitAll();
    } else if (rule.secondFactor()) {
      matched.hasAuthority(SecondFactorSignIn.PENDING);
    } else {
      matched.hasAnyRole(AccessRules.authorityNames(rule.roles()));
    }
  }

  private static boolean servedByController(
      AbstractHandlerMethodMapping<?> controllers, HttpServletRequest request) {
    try {
      return controllers.getHandler(request) != null;
    } catch (Exception e) {
      // A request a controller would refuse (wrong method or media type) is still one it serves.
      return true;
    }
  }
}
