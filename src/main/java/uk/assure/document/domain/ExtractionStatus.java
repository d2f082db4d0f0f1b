package uk.assure.document.domain;

import java.util.Arrays;

/** Where a document's text extraction has got to. */
public enum ExtractionStatus {
  WAITING("waiting"),
  EXTRACTING("extracting"),
  EXTRACTED("extracted"),
  FAILED("failed");

  private final String code;

  ExtractionStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ExtractionStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown extraction status: " + code));
  }
}
