package uk.assure.shared.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one client may ask of the public API: the largest request body read, the most problems
 * listed in one answer, the longest piece of a request echoed back in a problem, and the requests a
 * client may send in a minute. The API is open to anyone, so none of these may grow with what a
 * caller sends.
 *
 * @param maxBodyBytes the largest request body read; a larger one is refused with 413
 * @param maxProblems the most problems listed in {@code errors}; the rest are only counted
 * @param maxEchoedChars the longest field name or message quoted back in a problem
 * @param requestsPerMinute requests one client address may send in a minute before 429
 */
@ConfigurationProperties("assure.api")
public record ApiLimits(
    Long maxBodyBytes, Integer maxProblems, Integer maxEchoedChars, Integer requestsPerMinute) {

  public ApiLimits {
    maxBodyBytes = positive(maxBodyBytes, 64L * 1024, "maxBodyBytes");
    maxProblems = (int) positive(toLong(maxProblems), 20L, "maxProblems");
    maxEchoedChars = (int) positive(toLong(maxEchoedChars), 200L, "maxEchoedChars");
    requestsPerMinute = (int) positive(toLong(requestsPerMinute), 300L, "requestsPerMinute");
  }

  /** The limits Assure uses when none are configured. */
  public static ApiLimits defaults() {
    return new ApiLimits(null, null, null, null);
  }

  /** The text cut to the echo limit, marked with an ellipsis where it was cut. */
  public String echo(String text) {
    if (text == null || text.length() <= maxEchoedChars) {
      return text;
    }
    return text.substring(0, maxEchoedChars) + "\u2026";
  }

  private static Long toLong(Integer value) {
    return value == null ? null : value.longValue();
  }

  private static long positive(Long value, long fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new IllegalArgumentException("assure.api." + name + " must be at least 1");
    }
    return value;
  }
}
