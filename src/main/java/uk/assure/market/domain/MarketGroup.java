package uk.assure.market.domain;

import java.util.Locale;

/** The groups of counted locations the figures are given for. */
public enum MarketGroup {
  /** Locations whose primary inspection category is community based adult social care. */
  COMMUNITY("community", "Community based adult social care services"),
  /** Locations whose primary inspection category is residential social care. */
  RESIDENTIAL("residential", "Residential social care"),
  /** Every counted location, whatever its category. */
  ALL("all", null);

  private final String code;
  private final String category;

  MarketGroup(String code, String category) {
    this.code = code;
    this.category = category;
  }

  /** The stable code, stored and shown in the API. */
  public String code() {
    return code;
  }

  /** Whether a counted location with this primary inspection category belongs to the group. */
  public boolean includes(String primaryInspectionCategory) {
    if (category == null) {
      return true;
    }
    return primaryInspectionCategory != null
        && primaryInspectionCategory.strip().equalsIgnoreCase(category);
  }

  public static MarketGroup fromCode(String code) {
    for (MarketGroup group : values()) {
      if (group.code.equals(code)) {
        return group;
      }
    }
    throw new IllegalArgumentException("No care market group has the code " + code);
  }

  @Override
  public String toString() {
    return code.toUpperCase(Locale.ROOT);
  }
}
