package uk.assure.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a member of the assessment team is skilled in, by the code used in the roster file. */
public enum Skill {
  SOCIAL_WORK("social-work"),
  COMMISSIONING("commissioning"),
  SAFEGUARDING("safeguarding"),
  DATA("data");

  private final String code;

  Skill(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The skill with this code, if there is one. */
  public static Optional<Skill> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
