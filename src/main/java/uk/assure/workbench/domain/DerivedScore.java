package uk.assure.workbench.domain;

import java.util.Map;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.rating.domain.Percentage;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.Score;

/**
 * The arithmetic of the 2023-12 method for one statement: its evidence category scores add up to a
 * total out of four per category scored; that share, rounded up to a whole percent, falls in a
 * rating band, and the band's score is the statement's.
 *
 * @param total the category scores added up
 * @param maximum four for each category scored
 */
public record DerivedScore(int total, int maximum, Percentage percentage, Score score) {

  /** The statement score its category scores give, or none when no category is scored. */
  public static Optional<DerivedScore> of(Map<EvidenceCategory, Integer> categories) {
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    int total = 0;
    for (Map.Entry<EvidenceCategory, Integer> entry : categories.entrySet()) {
      if (!entry.getKey().usedForCouncils() || !Score.isValid(entry.getValue())) {
        throw new IllegalArgumentException("Not a council category score: " + entry);
      }
      total += entry.getValue();
    }
    int maximum = Score.MAX * categories.size();
    Percentage percentage = Percentage.ceilingOf(total, maximum);
    return Optional.of(
        new DerivedScore(
            total, maximum, percentage, Rating.forPercentage(percentage).equivalentScore()));
  }
}
