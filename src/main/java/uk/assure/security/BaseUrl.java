package uk.assure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach Assure at, for links sent by email or printed. {@code ASSURE_BASE_URL}
 * ({@code assure.base-url}) decides when set, as it should be wherever Assure is shared. Unset, a
 * link made while answering a signed-in person's request uses the address they reached Assure at; a
 * link anyone may ask for (a password reset) uses only the port the request came in on, on
 * localhost, since the address a request names could be forged to send a reset link elsewhere; and
 * a link made outside any request (the {@code users add} command) uses the configured server port.
 */
@Component
public class BaseUrl {

  private final Optional<String> configured;
  private final String port;

  BaseUrl(
      @Value("${assure.base-url:}") String configured, @Value("${server.port:8080}") String port) {
    String trimmed = configured.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    this.configured = trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    this.port = port.isBlank() || "0".equals(port.strip()) ? "8080" : port.strip();
  }

  /**
   * The base for a link a signed-in person's request makes, such as an invitation or a letter sent
   * when a step is taken; outside any request (a scheduled reminder, a command), the local address.
   */
  public String forSignedIn() {
    return configured.orElseGet(
        () ->
            request()
                .map(r -> ServletUriComponentsBuilder.fromContextPath(r).toUriString())
                .orElseGet(this::local));
  }

  /** The base for a link anyone may ask for, such as a password reset. */
  String forAnyone() {
    return configured.orElseGet(
        () ->
            request()
                .map(r -> r.getScheme() + "://localhost:" + r.getServerPort() + r.getContextPath())
                .orElseGet(this::local));
  }

  private String local() {
    return "http://localhost:" + port;
  }

  private static Optional<HttpServletRequest> request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? Optional.of(servlet.getRequest())
        : Optional.empty();
  }
}
