package uk.assure.rating.domain;

import java.util.List;

/** Either a rating worked out from valid scores, or the reasons the scores were refused. */
public sealed interface RatingOutcome {

  record Rated(RatingResult result) implements RatingOutcome {}

  record Refused(List<InputProblem> problems) implements RatingOutcome {
    public Refused {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("A refusal needs at least one reason");
      }
      problems = List.copyOf(problems);
    }
  }

  /** The result, for callers that have already checked the scores are valid. */
  default RatingResult orElseThrow() {
    if (this instanceof Rated rated) {
      return rated.result();
    }
    throw new IllegalStateException("Scores were refused: " + ((Refused) this).problems());
  }
}
