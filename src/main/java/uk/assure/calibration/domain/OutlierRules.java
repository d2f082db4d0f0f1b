package uk.assure.calibration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a statement score looks out of line, for the panel to look at again. The rules, as the
 * calibration page states them:
 *
 * <ol>
 *   <li>{@link Kind#HIGH_DESPITE_WORSE}: a score of 3 or 4 where more than half of the mapped
 *       national figures compared with England are significantly worse than England.
 *   <li>{@link Kind#LOW_DESPITE_BETTER}: a score of 1 or 2 where more than half of them are
 *       significantly better.
 *   <li>{@link Kind#FAR_FROM_COMPARATORS}: a score 2 or more away from the median score for the
 *       same statement among the council's comparator group (its 15 most similar councils) that
 *       have published scores.
 * </ol>
 *
 * Figures "not compared" do not count either way.
 */
public final class OutlierRules {

  /** Which rule flagged a score; each has a message key of the same name. */
  public enum Kind {
    HIGH_DESPITE_WORSE,
    LOW_DESPITE_BETTER,
    FAR_FROM_COMPARATORS
  }

  /** A flag on a score, with the numbers that raised it. */
  public record Flag(Kind kind, List<Object> numbers) {
    public Flag {
      numbers = List.copyOf(numbers);
    }
  }

  /** How a council's figures mapped to a statement compare with England. */
  public record Comparisons(int better, int similar, int worse) {
    public Comparisons {
      if (better < 0 || similar < 0 || worse < 0) {
        throw new IllegalArgumentException("Counts are not negative");
      }
    }

    public int compared() {
      return better + similar + worse;
    }
  }

  private OutlierRules() {}

  public static List<Flag> flags(
      Optional<Integer> score, Comparisons comparisons, List<Integer> comparatorScores) {
    List<Flag> flags = new ArrayList<>();
    if (score.isEmpty()) {
      return flags;
    }
    int s = score.get();
    int compared = comparisons.compared();
    if (compared > 0 && s >= 3 && 2 * comparisons.worse() > compared) {
      flags.add(new Flag(Kind.HIGH_DESPITE_WORSE, List.of(s, comparisons.worse(), compared)));
    }
    if (compared > 0 && s <= 2 && 2 * comparisons.better() > compared) {
      flags.add(new Flag(Kind.LOW_DESPITE_BETTER, List.of(s, comparisons.better(), compared)));
    }
    median(comparatorScores)
        .filter(m -> Math.abs(s - m) >= 2)
        .ifPresent(
            m ->
                flags.add(
                    new Flag(
                        Kind.FAR_FROM_COMPARATORS,
                        List.of(s, formatted(m), comparatorScores.size()))));
    return flags;
  }

  /** The middle score, or the halfway point of the middle two; none for no scores. */
  public static Optional<Double> median(List<Integer> scores) {
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> sorted = scores.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
  }

  /** A median as a page shows it: 3, or 2.5. */
  public static String formatted(double median) {
    return median == Math.floor(median) ? String.valueOf((int) median) : String.valueOf(median);
  }
}
