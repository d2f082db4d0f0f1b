package uk.assure.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the server meets outside a controller's own handling: a GOV.UK error page for
 * pages, RFC 9457 problem details for the JSON API. The answer's type is always set here, since the
 * failed request may already have chosen one (a page that failed half-way through rendering has
 * chosen HTML): negotiating again against that choice is what once left errors with an empty body.
 */
@Controller
class ErrorPages implements ErrorController {

  private static final String API_PATH = "/api/";

  @RequestMapping("${server.error.path:/error}")
  Object error(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = status(request);
    response.setContentType(null);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    if (path.startsWith(API_PATH)) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
      Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
      if (correlationId != null) {
        problem.setProperty("correlationId", correlationId);
      }
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    request.setAttribute("navigation", LayoutInterceptor.NAVIGATION);
    ModelAndView page = new ModelAndView(view(status));
    page.setStatus(status);
    return page;
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null && status.isError()) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private static String view(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "error/404";
      case FORBIDDEN -> "error/403";
      default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
    };
  }
}
