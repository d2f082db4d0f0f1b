package uk.assure.journey.domain;

import java.util.Arrays;

/** The steps of an assessment, in the order it normally goes through them. */
public enum Stage {
  PLANNED("planned"),
  NOTIFIED("notified"),
  INFORMATION_RETURN("information_return"),
  EVIDENCE_GATHERING("evidence_gathering"),
  ON_SITE("on_site"),
  SCORING("scoring"),
  CALIBRATION("calibration"),
  DRAFT_REPORT("draft_report"),
  FACTUAL_ACCURACY("factual_accuracy"),
  PUBLISHED("published"),
  FOLLOW_UP("follow_up");

  private final String code;

  Stage(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The stage that normally follows this one, if any. */
  public java.util.Optional<Stage> next() {
    return ordinal() + 1 < values().length
        ? java.util.Optional.of(values()[ordinal() + 1])
        : java.util.Optional.empty();
  }

  /** Whether the assessment is the public record once it reaches this stage. */
  public boolean published() {
    return this == PUBLISHED || this == FOLLOW_UP;
  }

  public boolean isBefore(Stage other) {
    return compareTo(other) < 0;
  }

  public static Stage fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown stage: " + code));
  }
}
