package uk.assure.workbench.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.assure.rating.domain.Score;

/**
 * One version of the judgement on a quality statement: the score, the rationale, the evidence it
 * cites and, where the score departs from the arithmetic or the previous draft, the reason.
 * Versions are never changed; a new one is added with the next sequence number.
 *
 * @param score the statement score judged, empty for not assessed
 * @param derived what the category scores gave (2023-12 method), if anything
 * @param previous the draft score before this version, if any
 * @param cited the ids of the evidence items the rationale cites
 */
public record StatementJudgement(
    String statement,
    int sequence,
    Optional<Integer> score,
    Optional<Integer> derived,
    Optional<Integer> previous,
    String rationale,
    Optional<String> reason,
    List<String> cited,
    String writtenBy,
    Instant writtenAt) {

  public static final int MAX_RATIONALE = 10_000;
  public static final int MAX_REASON = 2000;

  public StatementJudgement {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(writtenBy, "writtenBy");
    Objects.requireNonNull(writtenAt, "writtenAt");
    cited = List.copyOf(cited);
    if (sequence < 1) {
      throw new IllegalArgumentException("Judgement versions start at 1");
    }
    for (Optional<Integer> s : List.of(score, derived, previous)) {
      if (s.filter(v -> !Score.isValid(v)).isPresent()) {
        throw new IllegalArgumentException("A score is 1 to 4");
      }
    }
    if (rationale == null || rationale.isBlank() || rationale.length() > MAX_RATIONALE) {
      throw new IllegalArgumentException("A rationale has 1 to " + MAX_RATIONALE + " characters");
    }
    if (reason.filter(r -> r.isBlank() || r.length() > MAX_REASON).isPresent()) {
      throw new IllegalArgumentException("A reason has 1 to " + MAX_REASON + " characters");
    }
    if (JudgementRule.reasonRequired(score, derived, previous) && reason.isEmpty()) {
      throw new IllegalArgumentException("A score departing from the suggestion needs a reason");
    }
  }

  /** How the score departs from the arithmetic or the previous draft. */
  public List<JudgementRule.Departure> departures() {
    return JudgementRule.departures(score, derived, previous);
  }

  /** Whether this says the same as another version, apart from who wrote it and when. */
  public boolean sameAs(
      Optional<Integer> otherScore,
      String otherRationale,
      Optional<String> otherReason,
      List<String> otherCited) {
    return score.equals(otherScore)
        && rationale.equals(otherRationale)
        && reason.equals(otherReason)
        && new java.util.TreeSet<>(cited).equals(new java.util.TreeSet<>(otherCited));
  }
}
