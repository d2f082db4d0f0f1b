package uk.assure.calibration.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many 1s, 2s, 3s and 4s each person entered, across assessments, so drift between assessors
 * shows.
 */
public record ScoreDistribution(String person, List<Integer> counts) {

  public ScoreDistribution {
    counts = List.copyOf(counts);
    if (counts.size() != 4) {
      throw new IllegalArgumentException("A distribution counts the scores 1 to 4");
    }
  }

  public int total() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  /** The share of this person's scores that are each score, in whole percent. */
  public int percent(int score) {
    return total() == 0 ? 0 : Math.round(100f * counts.get(score - 1) / total());
  }

  /** Distributions per person, by name, from who entered which score. */
  public static List<ScoreDistribution> of(List<Map.Entry<String, Integer>> entries) {
    Map<String, int[]> byPerson = new TreeMap<>();
    for (Map.Entry<String, Integer> entry : entries) {
      int score = entry.getValue();
      if (score < 1 || score > 4) {
        throw new IllegalArgumentException("Not a score: " + score);
      }
      byPerson.computeIfAbsent(entry.getKey(), p -> new int[4])[score - 1]++;
    }
    return byPerson.entrySet().stream()
        .map(
            e ->
                new ScoreDistribution(
                    e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList()))
        .toList();
  }
}
