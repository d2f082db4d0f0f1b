package uk.assure.journey.domain;

import java.util.Arrays;

/** Whether a move takes an assessment on to its next step or back to an earlier one. */
public enum MoveKind {
  FORWARD("forward"),
  REOPEN("reopen");

  private final String code;

  MoveKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static MoveKind fromCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown kind of move: " + code));
  }
}
