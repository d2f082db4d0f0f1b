package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;

/**
 * A rating and the whole percentages that earn it, as the framework file states them. The file is
 * checked against the rating rules when it is read, so these always agree with them.
 *
 * @param rating the rating's code, for example {@code requires_improvement}
 * @param name the rating as people read it, for example "Requires improvement"
 * @param from the lowest whole percentage in the band
 * @param to the highest whole percentage in the band
 */
public record RatingBandDescription(String rating, String name, int from, int to) {

  public RatingBandDescription {
    rating = text(rating, "A rating band needs the code of its rating");
    name = text(name, "The rating band " + rating + " needs a name");
    if (from < 0 || to > 100 || from > to) {
      throw new IllegalArgumentException(
          "The rating band "
              + rating
              + " must run from one whole percentage to a higher one within 0 to 100, not "
              + from
              + " to "
              + to);
    }
  }

  /** Whether a whole percentage falls in this band. */
  public boolean contains(int percentage) {
    return percentage >= from && percentage <= to;
  }
}
