package uk.assure.calibration.domain;

import java.util.Arrays;
import java.util.Optional;

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
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown panel decision: " + code));
  }

  /** The outcome a code names, if any: for codes sent by a form. */
  public static Optional<DecisionOutcome> find(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }
}
