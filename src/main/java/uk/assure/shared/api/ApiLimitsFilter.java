package uk.assure.shared.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what anyone can ask of the public API within {@link ApiLimits}: each client address may
 * send so many requests a minute (then 429 with {@code Retry-After}), and no request body larger
 * than the limit is read (413, whether the body says its length or is sent in chunks). Both answer
 * in problem details, before any controller reads anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@EnableConfigurationProperties(ApiLimits.class)
class ApiLimitsFilter extends OncePerRequestFilter {

  /** Clients remembered at once; the least recently seen is forgotten first. */
  private static final int CLIENTS = 10_000;

  private final ApiLimits limits;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > CLIENTS;
            }
          });

  ApiLimitsFilter(ApiLimits limits, MessageSource messages, JsonMapper json) {
    this.limits = limits;
    this.messages = messages;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith(ApiProblemHandler.API_PATH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ConsumptionProbe probe = bucketFor(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.limit.tooMany", seconds);
      return;
    }
    if (request.getContentLengthLong() > limits.maxBodyBytes()) {
      refuse(
          request,
          response,
          HttpStatus.PAYLOAD_TOO_LARGE,
          "api.limit.tooLarge",
          limits.maxBodyBytes() / 1024);
      return;
    }
    chain.doFilter(new LimitedBodyRequest(request, limits.maxBodyBytes()), response);
  }

  private Bucket bucketFor(String client) {
    return buckets.computeIfAbsent(
        client,
        c ->
            Bucket.builder()
                .addLimit(
                    limit ->
                        limit
                            .capacity(limits.requestsPerMinute())
                            .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)))
                .build());
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key,
      Object... arguments)
      throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
