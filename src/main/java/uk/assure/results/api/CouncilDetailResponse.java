package uk.assure.results.api;

import java.time.LocalDate;
import java.util.List;
import uk.assure.rating.api.RatingResponse;

/**
 * A council with the rating in force, its statement scores and the explanation of the arithmetic.
 *
 * @param rating the rating in force with its workings, or null if the council has none
 * @param published when the assessment giving the rating was published, or null
 * @param demo true where the rating comes from illustrative demonstration data
 * @param history every published assessment, newest first
 */
public record CouncilDetailResponse(
    String gss,
    String name,
    String officialName,
    String region,
    String type,
    Integer population,
    RatingResponse rating,
    LocalDate published,
    boolean demo,
    List<PublishedAssessment> history) {

  /** One published assessment in the council's history. */
  public record PublishedAssessment(
      LocalDate published,
      String method,
      String rating,
      int percentage,
      boolean partial,
      boolean demo) {}
}
