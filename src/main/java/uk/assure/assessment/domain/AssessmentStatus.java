package uk.assure.assessment.domain;

import java.util.Arrays;

/** Where an assessment stands. Once published it is the public record and never changes. */
public enum AssessmentStatus {
  IN_PROGRESS("in_progress"),
  PUBLISHED("published"),
  /** Withdrawn before publication: closed, and never published. */
  WITHDRAWN("withdrawn");

  private final String code;

  AssessmentStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AssessmentStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown assessment status: " + code));
  }
}
