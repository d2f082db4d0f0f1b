package uk.assure.document.domain;

import java.util.Arrays;

/** Why a document's text could not be extracted; the document itself is still kept. */
public enum ExtractionProblem {
  /** Reading it took longer than the time allowed. */
  TIMED_OUT("timed_out"),
  /** It expands far beyond its size, or nests files too deeply: a "zip bomb". */
  EXPANDS_TOO_FAR("expands_too_far"),
  /** It is protected by a password. */
  ENCRYPTED("encrypted"),
  /** It is damaged or not what its type says. */
  UNREADABLE("unreadable");

  private final String code;

  ExtractionProblem(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ExtractionProblem fromCode(String code) {
    return Arrays.stream(values())
        .filter(p -> p.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown extraction problem: " + code));
  }
}
