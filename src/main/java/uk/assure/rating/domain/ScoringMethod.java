package uk.assure.rating.domain;

import java.util.Arrays;

/** The two published ways of reaching statement scores, named by when they took effect. */
public enum ScoringMethod {
  /** Assessments scored December 2023 to November 2024: statement scores from category scores. */
  EVIDENCE_CATEGORY("2023-12"),
  /** Assessments scored from December 2024: each statement scored directly. */
  STATEMENT_LEVEL("2024-12");

  private final String code;

  ScoringMethod(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ScoringMethod fromCode(String code) {
    return Arrays.stream(values())
        .filter(m -> m.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown scoring method '" + code + "': use 2023-12 or 2024-12"));
  }
}
