package uk.assure.rating.domain;

import java.util.List;
import java.util.Optional;

/**
 * A rating with every number that produced it, so that anyone can follow the arithmetic.
 *
 * @param method how the statement scores were reached
 * @param statements every statement of the framework, in order, assessed or not
 * @param total the sum of the assessed statement scores
 * @param maximum four times the number of assessed statements
 * @param exactTenths the unrounded percentage in tenths (61.1% is 611)
 * @param percentage the percentage rounded up to a whole number
 * @param rating the band the percentage falls in
 * @param position where the percentage sits in the band
 * @param partial whether some statements were not assessed
 * @param referral whether any statement scored 1, so the regulator must consider notifying the
 *     Secretary of State (Health and Social Care Act 2008 s.50)
 * @param up the fewest point changes that would raise the rating, if it can rise
 * @param down the fewest point changes that would lower the rating, if it can fall
 */
public record RatingResult(
    ScoringMethod method,
    List<StatementResult> statements,
    int total,
    int maximum,
    int exactTenths,
    Percentage percentage,
    Rating rating,
    BandPosition position,
    boolean partial,
    boolean referral,
    Optional<RatingChange> up,
    Optional<RatingChange> down) {

  public RatingResult {
    statements = List.copyOf(statements);
  }

  public List<StatementResult> assessedStatements() {
    return statements.stream().filter(StatementResult::assessed).toList();
  }

  public List<String> notAssessed() {
    return statements.stream().filter(s -> !s.assessed()).map(StatementResult::code).toList();
  }

  /** The statements scored 1, which make the regulator consider a s.50 notification. */
  public List<String> referralStatements() {
    return statements.stream()
        .filter(s -> s.score().map(score -> score.value() == Score.MIN).orElse(false))
        .map(StatementResult::code)
        .toList();
  }

  public int assessedCount() {
    return maximum / Score.MAX;
  }
}
