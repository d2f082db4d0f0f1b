package uk.assure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Content-Security-Policy on every response: scripts only from Assure itself and carrying this
 * response's nonce, styles and images only from Assure, no framing, forms posting only to Assure.
 * Templates put the nonce (request attribute {@code cspNonce}) on their script tags.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

  static final String NONCE_ATTRIBUTE = "cspNonce";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    request.setAttribute(NONCE_ATTRIBUTE, nonce);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self' 'nonce-"
            + nonce
            + "'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    chain.doFilter(request, response);
  }
}
