package uk.assure.results;

import java.util.List;
import java.util.Optional;
import uk.assure.council.domain.Council;

/**
 * A council with its current rating and every published assessment.
 *
 * @param latest the rating in force: the newest published full assessment (a rating changes only
 *     through a full assessment), real results before demonstration ones
 * @param history every published assessment, newest first
 */
public record CouncilRating(
    Council council, Optional<PublishedRating> latest, List<PublishedRating> history) {

  public CouncilRating {
    history = List.copyOf(history);
  }

  /** The published rating before the one in force, for direction of travel. */
  public Optional<PublishedRating> previous() {
    return latest.flatMap(
        current ->
            history.stream()
                .filter(p -> p != current && !p.result().partial() && p.demo() == current.demo())
                .filter(p -> p.publishedOn().isBefore(current.publishedOn()))
                .findFirst());
  }
}
