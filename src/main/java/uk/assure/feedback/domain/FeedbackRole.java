package uk.assure.feedback.domain;

import java.util.Arrays;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;

/** Who gave feedback, which decides the evidence category it counts under. */
public enum FeedbackRole {
  PERSON("person", false, EvidenceCategory.PEOPLE_EXPERIENCE),
  CARER("carer", false, EvidenceCategory.PEOPLE_EXPERIENCE),
  SELF_FUNDER("self_funder", false, EvidenceCategory.PEOPLE_EXPERIENCE),
  STAFF("staff", true, EvidenceCategory.FEEDBACK_STAFF_LEADERS),
  PARTNER("partner", true, EvidenceCategory.FEEDBACK_PARTNERS),
  PROVIDER("provider", true, EvidenceCategory.FEEDBACK_PARTNERS),
  VOLUNTARY("voluntary", true, EvidenceCategory.FEEDBACK_PARTNERS);

  private final String code;
  private final boolean professional;
  private final EvidenceCategory category;

  FeedbackRole(String code, boolean professional, EvidenceCategory category) {
    this.code = code;
    this.professional = professional;
    this.category = category;
  }

  public String code() {
    return code;
  }

  /** Whether this is someone giving feedback through their work rather than their own care. */
  public boolean professional() {
    return professional;
  }

  public EvidenceCategory category() {
    return category;
  }

  public static Optional<FeedbackRole> find(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  public static FeedbackRole fromCode(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown feedback role: " + code));
  }
}
