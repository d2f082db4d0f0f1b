package uk.assure.market.domain;

import java.util.Locale;
import java.util.Optional;

/** A location's latest overall rating from the regulator, one of the four it publishes. */
public enum LocationRating {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  REQUIRES_IMPROVEMENT("Requires improvement"),
  INADEQUATE("Inadequate");

  private final String text;

  LocationRating(String text) {
    this.text = text;
  }

  /** The rating as the regulator writes it. */
  public String text() {
    return text;
  }

  /** The rating named by the text, in any case and ignoring surrounding spaces. */
  public static Optional<LocationRating> fromText(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (LocationRating rating : values()) {
      if (rating.text.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text says the location has no rating: blank, or the regulator's "Insufficient
   * evidence to rate". Any other text that is not a rating is unknown, and a file holding it is
   * refused.
   */
  public static boolean meansNotRated(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return value.strip().equalsIgnoreCase("Insufficient evidence to rate");
  }
}
