package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;

/**
 * What a score given to a quality statement means, whichever statement it is.
 *
 * @param score the score, 1 to 4
 * @param name its short meaning, for example "Some shortfalls"
 * @param description a sentence saying what the evidence shows at this score
 */
public record ScoreMeaning(int score, String name, String description) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 4;

  public ScoreMeaning {
    if (!isScore(score)) {
      throw new IllegalArgumentException("A score is a whole number from 1 to 4, not " + score);
    }
    name = text(name, "Score " + score + " needs a name");
    description = text(description, "Score " + score + " needs a description");
  }

  /** Whether a number is a score a quality statement can be given. */
  public static boolean isScore(int value) {
    return value >= LOWEST && value <= HIGHEST;
  }
}
