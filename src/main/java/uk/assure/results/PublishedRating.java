package uk.assure.results;

import java.time.LocalDate;
import uk.assure.assessment.domain.Assessment;
import uk.assure.rating.domain.RatingResult;

/** A published assessment with the rating its scores give. */
public record PublishedRating(Assessment assessment, RatingResult result) {

  public LocalDate publishedOn() {
    return assessment.publishedOn().orElseThrow();
  }

  public boolean demo() {
    return assessment.demo();
  }
}
