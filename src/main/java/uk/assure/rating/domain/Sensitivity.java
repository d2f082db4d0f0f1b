package uk.assure.rating.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How close a rating is to the next band up or down: the fewest single-point score changes that
 * would move it. Under the 2024-12 method the points are on statement scores; under 2023-12 on
 * evidence category scores, since those are what assessors score.
 */
final class Sensitivity {

  private static final int UNREACHABLE = Integer.MAX_VALUE / 4;

  private final ScoringMethod method;
  private final List<StatementResult> assessed;
  private final int total;
  private final int maximum;
  private final Rating rating;

  Sensitivity(
      ScoringMethod method,
      List<StatementResult> statements,
      int total,
      int maximum,
      Rating rating) {
    this.method = method;
    this.assessed = statements.stream().filter(StatementResult::assessed).toList();
    this.total = total;
    this.maximum = maximum;
    this.rating = rating;
  }

  Optional<RatingChange> up() {
    if (rating.higher().isEmpty()) {
      return Optional.empty();
    }
    for (int gain = 1; total + gain <= maximum; gain++) {
      Rating reached = ratingFor(total + gain);
      if (reached.compareTo(rating) > 0) {
        return change(reached, cost(gain, true));
      }
    }
    return Optional.empty();
  }

  Optional<RatingChange> down() {
    if (rating.lower().isEmpty()) {
      return Optional.empty();
    }
    int minimum = maximum / Score.MAX;
    for (int loss = 1; total - loss >= minimum; loss++) {
      Rating reached = ratingFor(total - loss);
      if (reached.compareTo(rating) < 0) {
        return change(reached, cost(loss, false));
      }
    }
    return Optional.empty();
  }

  private Optional<RatingChange> change(Rating reached, int points) {
    if (points >= UNREACHABLE) {
      return Optional.empty();
    }
    RatingChange.Unit unit =
        method == ScoringMethod.STATEMENT_LEVEL
            ? RatingChange.Unit.STATEMENT_POINTS
            : RatingChange.Unit.CATEGORY_POINTS;
    return Optional.of(new RatingChange(reached, points, unit));
  }

  private Rating ratingFor(int newTotal) {
    return Rating.forPercentage(Percentage.ceilingOf(newTotal, maximum));
  }

  /**
   * The fewest point changes that move the statement total by {@code statementPoints}. Under the
   * statement method that is the points themselves; under the category method it is a small
   * knapsack over statements, each offering a number of statement points for a number of category
   * points.
   */
  private int cost(int statementPoints, boolean raise) {
    if (method == ScoringMethod.STATEMENT_LEVEL) {
      return statementPoints;
    }
    // Reaching at least statementPoints is enough: one category point moves a statement score by
    // at most one level (a band is wider than one point's share of 100%), so the cheapest way past
    // the band edge passes exactly through it.
    int[] best = new int[statementPoints + 1];
    Arrays.fill(best, UNREACHABLE);
    best[0] = 0;
    for (StatementResult statement : assessed) {
      int[] next = best.clone();
      for (int moved = 1; moved <= Score.MAX - Score.MIN; moved++) {
        int categoryPoints = categoryPointsToMove(statement, moved, raise);
        if (categoryPoints >= UNREACHABLE) {
          break;
        }
        for (int already = 0; already <= statementPoints; already++) {
          if (best[already] >= UNREACHABLE) {
            continue;
          }
          int reached = Math.min(statementPoints, already + moved);
          next[reached] = Math.min(next[reached], best[already] + categoryPoints);
        }
      }
      best = next;
    }
    return best[statementPoints];
  }

  /** Category points needed to move one statement's score by {@code steps} levels. */
  private static int categoryPointsToMove(StatementResult statement, int steps, boolean raise) {
    int current = statement.score().orElseThrow().value();
    int target = raise ? current + steps : current - steps;
    if (target < Score.MIN || target > Score.MAX) {
      return UNREACHABLE;
    }
    int count = statement.categoryScores().size();
    int sum = statement.categoryTotal();
    int bound = raise ? Score.MAX * count : count;
    for (int points = 1; raise ? sum + points <= bound : sum - points >= bound; points++) {
      int newSum = raise ? sum + points : sum - points;
      int newScore =
          Rating.forPercentage(Percentage.ceilingOf(newSum, Score.MAX * count))
              .equivalentScore()
              .value();
      if (raise ? newScore >= target : newScore <= target) {
        return points;
      }
    }
    return UNREACHABLE;
  }
}
