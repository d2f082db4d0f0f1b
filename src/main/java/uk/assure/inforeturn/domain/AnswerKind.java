package uk.assure.inforeturn.domain;

import java.util.Arrays;
import java.util.Optional;

/** The ways a council can answer a request. */
public enum AnswerKind {
  /** By sending one or more documents. */
  DOCUMENTS("documents"),
  /** By pointing to a section or pages of a document already sent. */
  REFERENCE("reference"),
  /** By giving the address of something published. */
  LINK("link"),
  /** By saying the council does not hold it, and why. */
  NOT_HELD("not_held");

  private final String code;

  AnswerKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AnswerKind fromCode(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown answer kind: " + code));
  }

  public static Optional<AnswerKind> find(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
