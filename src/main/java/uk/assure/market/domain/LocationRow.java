package uk.assure.market.domain;

import java.time.LocalDate;
import java.util.Objects;
import uk.assure.council.domain.GssCode;

/**
 * One active location from the regulator's care directory, reduced to what the figures need.
 *
 * @param council the council whose area the location is in
 * @param providerId the regulator's provider ID
 * @param directorate the location's inspection directorate, for example Adult social care
 * @param category the location's primary inspection category
 * @param dormant whether the location is dormant
 * @param rating the latest overall rating, or null where never rated
 * @param publicationDate when the rating was published; required with a rating
 * @param inherited whether the rating was inherited from a previous registration
 * @param domiciliary whether the location provides a domiciliary care service
 */
public record LocationRow(
    GssCode council,
    String providerId,
    String directorate,
    String category,
    boolean dormant,
    LocationRating rating,
    LocalDate publicationDate,
    boolean inherited,
    boolean domiciliary) {

  static final String ADULT_SOCIAL_CARE = "Adult social care";

  public LocationRow {
    Objects.requireNonNull(council, "council");
    providerId = providerId == null ? "" : providerId.strip();
    if (rating != null && publicationDate == null) {
      throw new IllegalArgumentException("A rated location needs the rating's publication date");
    }
  }

  /** Whether the figures count this location: adult social care, and not dormant. */
  public boolean counted() {
    return isCounted(directorate, dormant);
  }

  /** The rule for counting: the adult social care directorate (any case), and not dormant. */
  public static boolean isCounted(String directorate, boolean dormant) {
    return !dormant
        && directorate != null
        && directorate.strip().equalsIgnoreCase(ADULT_SOCIAL_CARE);
  }

  public boolean rated() {
    return rating != null;
  }
}
