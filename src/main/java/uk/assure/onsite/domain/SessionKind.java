package uk.assure.onsite.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of session held on site. */
public enum SessionKind {
  INTERVIEW("interview"),
  FOCUS_GROUP("focus_group"),
  DROP_IN("drop_in");

  private final String code;

  SessionKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<SessionKind> find(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
