package uk.assure.council.domain;

import java.util.Arrays;

/** The kinds of council with adult social care duties, by their registry codes. */
public enum CouncilType {
  COUNTY("CTY"),
  UNITARY("UA"),
  METROPOLITAN_DISTRICT("MD"),
  LONDON_BOROUGH("LBO"),
  CITY_OF_LONDON("CC");

  private final String code;

  CouncilType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The message key of the type's name as shown to people. */
  public String messageKey() {
    return "council.type." + code;
  }

  public static CouncilType fromCode(String code) {
    return Arrays.stream(values())
        .filter(t -> t.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown council type: " + code));
  }
}
