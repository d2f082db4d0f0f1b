package uk.assure.journey.domain;

import java.util.Arrays;

/** The dates of an assessment that people set, rather than ones that follow from its moves. */
public enum DateKind {
  SITE_VISIT("site_visit"),
  INFORMATION_RETURN_DUE("information_return_due");

  private final String code;

  DateKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DateKind fromCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown kind of date: " + code));
  }
}
