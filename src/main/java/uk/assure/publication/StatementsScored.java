package uk.assure.publication;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.shared.domain.Refusal;

/**
 * Publishing needs every quality statement scored, so the rating is a full one. The journey refuses
 * the move to published for the same reason, in the same words.
 */
@Component
class StatementsScored implements PublicationCheck {

  private final RatingPolicy policy;

  StatementsScored(RatingPolicy policy) {
    this.policy = policy;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String labelKey() {
    return "publication.check.scored";
  }

  @Override
  public Optional<Refusal> check(Assessment assessment) {
    boolean full =
        policy.rate(assessment.ratingRequest()) instanceof RatingOutcome.Rated rated
            && !rated.result().partial();
    return full
        ? Optional.empty()
        : Optional.of(Refusal.ofWhole("journey.refusal.SCORES_INCOMPLETE"));
  }
}
