package uk.assure.security.domain;

import java.util.Arrays;

/** What a signed-in person may do. Council users belong to exactly one council. */
public enum Role {
  ADMIN("admin", true),
  LEAD_ASSESSOR("lead_assessor", true),
  ASSESSOR("assessor", true),
  ANALYST("analyst", true),
  PANEL("panel", true),
  COUNCIL("council", false);

  private final String code;
  private final boolean staff;

  Role(String code, boolean staff) {
    this.code = code;
    this.staff = staff;
  }

  public String code() {
    return code;
  }

  /** Whether the role belongs to the regulator's staff rather than to a council. */
  public boolean staff() {
    return staff;
  }

  /** The name Spring Security knows the role by, without its ROLE_ prefix. */
  public String authorityName() {
    return name();
  }

  public static Role fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown role '"
                        + code
                        + "': use one of "
                        + String.join(", ", Arrays.stream(values()).map(Role::code).toList())));
  }

  public static boolean isKnown(String code) {
    return Arrays.stream(values()).anyMatch(r -> r.code.equals(code));
  }
}
