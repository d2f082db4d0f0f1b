package uk.assure.rating.domain;

/**
 * The fewest single-point score changes that would move a rating to another band.
 *
 * @param to the rating that would be reached
 * @param points how many single-point changes it takes
 * @param unit whether the points are on statement scores or on evidence category scores
 */
public record RatingChange(Rating to, int points, Unit unit) {

  public RatingChange {
    if (points < 1) {
      throw new IllegalArgumentException("A change takes at least one point");
    }
  }

  public enum Unit {
    STATEMENT_POINTS,
    CATEGORY_POINTS
  }
}
