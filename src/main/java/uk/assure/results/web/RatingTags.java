package uk.assure.results.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import uk.assure.rating.domain.Rating;

/** Rating codes in the order people read them, best first. */
final class RatingTags {

  static final List<String> BEST_FIRST =
      Arrays.stream(Rating.values()).sorted(Comparator.reverseOrder()).map(Rating::code).toList();

  private RatingTags() {}

  static String tagClass(String ratingCode) {
    if (ratingCode == null) {
      return "";
    }
    return switch (Rating.fromCode(ratingCode)) {
      case OUTSTANDING -> "govuk-tag--green";
      case GOOD -> "govuk-tag--turquoise";
      case REQUIRES_IMPROVEMENT -> "govuk-tag--yellow";
      case INADEQUATE -> "govuk-tag--red";
    };
  }
}
