package uk.assure.factcheck.domain;

import java.util.Arrays;
import java.util.Optional;

/** What the assessors made of a council's comment. */
public enum Verdict {
  ACCEPTED("accepted"),
  REJECTED("rejected");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Verdict fromCode(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown verdict: " + code));
  }

  public static Optional<Verdict> find(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
