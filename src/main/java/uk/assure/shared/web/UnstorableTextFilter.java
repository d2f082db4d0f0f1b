package uk.assure.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 and a page saying why, a form or address holding a null character, which no
 * text in the database can hold: every form is covered here, rather than each one failing with an
 * error when it is stored. File uploads are left to their own checks, as reading their fields here
 * would read the whole upload first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class UnstorableTextFilter extends OncePerRequestFilter {

  /** The request attribute naming the message the bad-request page shows. */
  public static final String DETAIL = "badRequestDetail";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isUpload(request) && holdsNull(request.getParameterMap())) {
      request.setAttribute(DETAIL, "error.badRequest.unstorable");
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  private static boolean holdsNull(Map<String, String[]> parameters) {
    return parameters.entrySet().stream()
        .anyMatch(
            p ->
                p.getKey().indexOf('\u0000') >= 0
                    || Arrays.stream(p.getValue())
                        .anyMatch(v -> v != null && v.indexOf('\u0000') >= 0));
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return true;
  }
}
