package uk.assure.letters.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The part a named contact plays for a council's assessment. A council may have several of each.
 */
public enum ContactKind {
  /** The director of adult social services. */
  DASS("dass"),
  PRINCIPAL_SOCIAL_WORKER("principal_social_worker"),
  /** The person the council nominates to deal with the assessment day to day. */
  ASSESSMENT_CONTACT("assessment_contact");

  private final String code;

  ContactKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ContactKind> find(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  public static ContactKind fromCode(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown kind of contact: " + code));
  }
}
