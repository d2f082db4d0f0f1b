package uk.assure.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether someone is on the regulator's staff or an external specialist reviewer. */
public enum PersonKind {
  INTERNAL("internal"),
  EXTERNAL("external");

  private final String code;

  PersonKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<PersonKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
