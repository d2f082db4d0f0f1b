package uk.assure.assessment.web;

import java.util.Optional;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingResult;

/** The rating the scores on the page would give, or nothing until something is scored. */
public record PreviewView(
    boolean rated,
    String rating,
    int percentage,
    String position,
    boolean partial,
    boolean referral,
    Optional<String> wouldRaise,
    Optional<String> wouldLower) {

  public static PreviewView of(RatingOutcome outcome, RatingExplanation explanation) {
    if (!(outcome instanceof RatingOutcome.Rated rated)) {
      return new PreviewView(
          false, null, 0, null, false, false, Optional.empty(), Optional.empty());
    }
    RatingResult result = rated.result();
    return new PreviewView(
        true,
        result.rating().code(),
        result.percentage().value(),
        explanation.position(result),
        result.partial(),
        result.referral(),
        explanation.wouldRaise(result),
        explanation.wouldLower(result));
  }
}
