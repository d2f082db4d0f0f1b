package uk.assure.calibration.domain;

import java.util.Arrays;

/** What the panel decided about an assessment's scores. */
public enum DecisionOutcome {
  CONFIRMED("confirmed"),
  CHANGED("changed");

  private final String code;

  DecisionOutcome(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DecisionOutcome fromCode(String code) {
    return Arrays.stream(values())
        .filter(o -> o.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown panel decision: " + code));
  }
}
