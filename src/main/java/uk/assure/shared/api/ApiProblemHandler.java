package uk.assure.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.assure.shared.web.NotFound;

/**
 * Turns every error under {@code /api/} into RFC 9457 problem details: 400 for input that cannot be
 * read or used, naming each field in {@code errors}; 404 for {@link NotFound} and for paths that do
 * not exist; Spring's own status for other web errors (405, 406, 415, ...); and 500 for anything
 * unexpected, logged with a correlation id that the answer quotes instead of the exception's text.
 *
 * <p>It applies to every request, not only to {@code @RestController}s, because some errors (a
 * wrong HTTP method, an unknown path) happen before any controller is chosen. For requests outside
 * {@code /api/} each handler rethrows the exception, which Spring MVC takes as "not handled here",
 * so HTML pages keep their own error pages. Being first in order, it would also hide any other
 * {@code @ControllerAdvice} for the exceptions it declares: HTML error handling belongs in the
 * error pages, not in advice.
 *
 * <p>It is over 300 lines because every kind of error an API request can meet is mapped here, once,
 * so that every answer has the same shape.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(ApiLimits.class)
class ApiProblemHandler {

  /** Where the JSON API lives. */
  static final String API_PATH = "/api/";

  /** The request attribute where a correlation id filter leaves the request's reference. */
  static final String CORRELATION_ID = "correlationId";

  private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

  private final MessageSource messages;
  private final ApiLimits limits;

  ApiProblemHandler(MessageSource messages, ApiLimits limits) {
    this.messages = messages;
    this.limits = limits;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request)
      throws Exception {
    declineOutsideApi(e, request);
    List<FieldProblem> problems = e.problems();
    List<FieldProblem> listed =
        problems.stream()
            .limit(limits.maxProblems())
            .map(p -> new FieldProblem(limits.echo(p.field()), limits.echo(p.message())))
            .toList();
    String detail =
        listed.size() == 1
            ? listed.get(0).message()
            : text(
                "rating.api.problem.several",
                problems.size(),
                String.join(" ", listed.stream().map(FieldProblem::message).toList()));
    if (listed.size() < problems.size()) {
      detail = detail + " " + text("rating.api.problem.more", listed.size(), problems.size());
    }
    return badRequest(detail, listed, request);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) throws Exception {
    declineOutsideApi(e, request);
    if (e.detail() == null) {
      return unexpected(e, request);
    }
    return answer(problem(HttpStatus.NOT_FOUND, e.detail(), request), HttpHeaders.EMPTY);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) throws Exception {
    declineOutsideApi(e, request);
    if (cause(e, RequestBodyTooLarge.class).isPresent()) {
      return answer(
          problem(
              HttpStatus.PAYLOAD_TOO_LARGE,
              text("api.limit.tooLarge", limits.maxBodyBytes() / 1024),
              request),
          HttpHeaders.EMPTY);
    }
    Optional<JacksonException> jackson = cause(e, JacksonException.class);
    if (jackson.isEmpty()) {
      return badRequest(text("rating.api.problem.missing-body"), List.of(), request);
    }
    JacksonException cause = jackson.get();
    String field = limits.echo(fieldOf(cause));
    if (cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
      TokenStreamLocation at = cause.getLocation();
      String detail =
          at == null || at.getLineNr() < 1
              ? text("rating.api.problem.not-json")
              : text("rating.api.problem.not-json-at", at.getLineNr(), at.getColumnNr());
      List<FieldProblem> problems =
          field.isEmpty()
              ? List.of()
              : List.of(new FieldProblem(field, text("rating.api.field.not-json")));
      return badRequest(detail, problems, request);
    }
    if (field.isEmpty()) {
      return badRequest(
          text("rating.api.problem.body-wrong-type", text("rating.api.expected.object")),
          List.of(),
          request);
    }
    if (cause instanceof UnrecognizedPropertyException) {
      String message = text("rating.api.field.unknown", field);
      return badRequest(message, List.of(new FieldProblem(field, message)), request);
    }
    String expected = expected(cause);
    return badRequest(
        text("rating.api.problem.wrong-type", field, expected),
        List.of(new FieldProblem(field, text("rating.api.field.give", expected))),
        request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e, HttpServletRequest request)
      throws Exception {
    declineOutsideApi(e, request);
    return answer(
        problem(
            HttpStatus.NOT_FOUND, text("rating.api.problem.no-such-path", path(request)), request),
        HttpHeaders.EMPTY);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedMediaType(
      HttpMediaTypeNotSupportedException e, HttpServletRequest request) throws Exception {
    declineOutsideApi(e, request);
    return answer(
        problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("rating.api.problem.media-type"), request),
        e.getHeaders());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> notValid(
      MethodArgumentNotValidException e, HttpServletRequest request) throws Exception {
    declineOutsideApi(e, request);
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    new FieldProblem(
                        error.getField(),
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
            .toList();
    if (problems.isEmpty()) {
      return badRequest(text("rating.api.problem.not-valid"), List.of(), request);
    }
    return invalidInput(new InvalidInputException(problems), request);
  }

  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request)
      throws Exception {
    declineOutsideApi(e, request);
    String field = limits.echo(Optional.ofNullable(e.getPropertyName()).orElse(""));
    String expected = expectedFor(e.getRequiredType());
    return badRequest(
        text("rating.api.problem.wrong-type", field, expected),
        List.of(new FieldProblem(field, text("rating.api.field.give", expected))),
        request);
  }

  /**
   * Spring's own web errors (wrong method, unacceptable media type, missing parameter...) keep
   * their status and wording, which are written for API clients; anything else is a bug or an
   * outage, logged in full and answered with only a reference to the log.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request)
      throws Exception {
    declineOutsideApi(e, request);
    if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      ProblemDetail body = known.getBody();
      body.setInstance(URI.create(request.getRequestURI()));
      return answer(body, known.getHeaders());
    }
    String correlationId =
        Optional.ofNullable(request.getAttribute(CORRELATION_ID))
            .map(Object::toString)
            .orElseGet(() -> UUID.randomUUID().toString());
    log.error(
        "Unexpected error {} answering {} {}",
        correlationId,
        request.getMethod(),
        request.getRequestURI(),
        e);
    ProblemDetail body =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            text("rating.api.problem.unexpected", correlationId),
            request);
    body.setProperty("correlationId", correlationId);
    return answer(body, HttpHeaders.EMPTY);
  }

  /** Rethrown, an exception goes on to Spring MVC's default handling (error pages). */
  private static void declineOutsideApi(Exception e, HttpServletRequest request) throws Exception {
    if (!path(request).startsWith(API_PATH)) {
      throw e;
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private ResponseEntity<ProblemDetail> badRequest(
      String detail, List<FieldProblem> problems, HttpServletRequest request) {
    ProblemDetail body = problem(HttpStatus.BAD_REQUEST, detail, request);
    body.setProperty("errors", problems);
    return answer(body, HttpHeaders.EMPTY);
  }

  private static ProblemDetail problem(
      HttpStatusCode status, String detail, HttpServletRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setInstance(URI.create(request.getRequestURI()));
    return body;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail body, HttpHeaders headers) {
    return ResponseEntity.status(body.getStatus())
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  /** The path Jackson reports, as {@code scores.QS1} or {@code items[2].name}. */
  private static String fieldOf(JacksonException e) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private String expected(JacksonException e) {
    if (e instanceof InputCoercionException) {
      return text("rating.api.expected.smaller-number");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return expectedFor(mismatch.getTargetType());
    }
    return text("rating.api.expected.other");
  }

  private String expectedFor(Class<?> type) {
    if (type == null) {
      return text("rating.api.expected.other");
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return text("rating.api.expected.whole-number");
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return text("rating.api.expected.number");
    }
    if (type == String.class) {
      return text("rating.api.expected.text");
    }
    if (type == Boolean.class || type == boolean.class) {
      return text("rating.api.expected.boolean");
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return text("rating.api.expected.array");
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return text("rating.api.expected.object");
    }
    return text("rating.api.expected.other");
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
