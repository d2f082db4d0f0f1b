package uk.assure.framework.domain;

import java.util.Arrays;

/**
 * The six evidence categories of the regulator's single assessment framework. Four are used for
 * councils; outcomes and observation are kept so that data naming them is understood, and refused
 * where council evidence is scored.
 */
public enum EvidenceCategory {
  PEOPLE_EXPERIENCE("PEOPLE_EXPERIENCE", true),
  FEEDBACK_STAFF_LEADERS("FEEDBACK_STAFF_LEADERS", true),
  FEEDBACK_PARTNERS("FEEDBACK_PARTNERS", true),
  PROCESSES("PROCESSES", true),
  OUTCOMES("OUTCOMES", false),
  OBSERVATION("OBSERVATION", false);

  private final String code;
  private final boolean usedForCouncils;

  EvidenceCategory(String code, boolean usedForCouncils) {
    this.code = code;
    this.usedForCouncils = usedForCouncils;
  }

  public String code() {
    return code;
  }

  public boolean usedForCouncils() {
    return usedForCouncils;
  }

  public static EvidenceCategory fromCode(String code) {
    return Arrays.stream(values())
        .filter(c -> c.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown evidence category: " + code));
  }

  public static boolean isKnown(String code) {
    return Arrays.stream(values()).anyMatch(c -> c.code.equals(code));
  }
}
