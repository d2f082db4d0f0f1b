package uk.assure.team.domain;

import java.util.Arrays;
import java.util.Optional;
import uk.assure.security.domain.Role;

/** The part a person plays in one assessment's team. */
public enum TeamRole {
  /** Leads the assessment: one per team, a lead assessor. */
  LEAD("lead"),
  /** Gathers evidence and scores: a lead assessor or an assessor. */
  ASSESSOR("assessor"),
  /** An external specialist who reviews: an assessor account marked external. */
  EXTERNAL_REVIEWER("external_reviewer");

  private final String code;

  TeamRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether a person with this account may take this part. */
  public boolean suits(Person person) {
    return switch (this) {
      case LEAD -> person.role() == Role.LEAD_ASSESSOR;
      case ASSESSOR -> person.role() == Role.LEAD_ASSESSOR || person.role() == Role.ASSESSOR;
      case EXTERNAL_REVIEWER -> person.role() == Role.ASSESSOR && person.external();
    };
  }

  public static Optional<TeamRole> find(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  public static TeamRole fromCode(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown team role: " + code));
  }
}
