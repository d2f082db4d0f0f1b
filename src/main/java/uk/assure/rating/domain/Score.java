package uk.assure.rating.domain;

/**
 * A score from 1 to 4 given to a quality statement or, under the 2023-12 method, to an evidence
 * category: 1 significant shortfalls, 2 some shortfalls, 3 a good standard, 4 an exceptional
 * standard.
 */
public record Score(int value) implements Comparable<Score> {

  public static final int MIN = 1;
  public static final int MAX = 4;

  public Score {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("A score is a whole number from 1 to 4, not " + value);
    }
  }

  public static Score of(int value) {
    return new Score(value);
  }

  public static boolean isValid(int value) {
    return value >= MIN && value <= MAX;
  }

  @Override
  public int compareTo(Score other) {
    return Integer.compare(value, other.value);
  }
}
