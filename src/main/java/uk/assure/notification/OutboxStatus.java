package uk.assure.notification;

import java.util.Arrays;

/** Where a message in the outbox stands. */
public enum OutboxStatus {
  /** Not sent yet: waiting for its first attempt, or for another after a failure. */
  QUEUED("queued"),
  SENT("sent"),
  /** Given up on after {@link RetrySchedule#MAX_ATTEMPTS} failed attempts. */
  FAILED("failed");

  private final String code;

  OutboxStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static OutboxStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown outbox status: " + code));
  }
}
