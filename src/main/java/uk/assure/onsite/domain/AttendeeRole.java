package uk.assure.onsite.domain;

import java.util.Arrays;
import java.util.Optional;

/** Who a session is with. */
public enum AttendeeRole {
  PRINCIPAL_SOCIAL_WORKER("principal_social_worker"),
  DIRECTOR("director"),
  LEADERS("leaders"),
  COUNCILLORS("councillors"),
  FRONTLINE_STAFF("frontline_staff"),
  PARTNERS("partners"),
  PROVIDERS("providers"),
  VOLUNTARY_GROUPS("voluntary_groups"),
  LIVED_EXPERIENCE("lived_experience"),
  CARERS("carers");

  private final String code;

  AttendeeRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<AttendeeRole> find(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
