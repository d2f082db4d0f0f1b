package uk.assure.results.api;

import java.time.LocalDate;
import uk.assure.results.CouncilRating;

/**
 * A council and the rating in force, as listed by the API. Rating fields are null for a council
 * that has no published full assessment.
 *
 * @param demo true where the rating comes from illustrative demonstration data, not a real result
 */
public record CouncilSummaryResponse(
    String gss,
    String name,
    String region,
    String type,
    String rating,
    Integer percentage,
    LocalDate published,
    boolean demo) {

  static CouncilSummaryResponse of(CouncilRating rating) {
    var council = rating.council();
    var latest = rating.latest();
    return new CouncilSummaryResponse(
        council.gss().value(),
        council.name(),
        council.region(),
        council.type().code(),
        latest.map(l -> l.result().rating().code()).orElse(null),
        latest.map(l -> l.result().percentage().value()).orElse(null),
        latest.map(l -> l.publishedOn()).orElse(null),
        latest.map(l -> l.demo()).orElse(false));
  }
}
