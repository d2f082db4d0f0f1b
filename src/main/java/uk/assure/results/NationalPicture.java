package uk.assure.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.Score;
import uk.assure.rating.domain.StatementResult;

/**
 * How the ratings in force spread across England: councils per rating and, for each quality
 * statement, how many councils scored 1, 2, 3 and 4, so the nationally weakest statements stand
 * out.
 */
public record NationalPicture(
    int councils, int rated, Map<Rating, Integer> ratingCounts, List<StatementSpread> statements) {

  /**
   * The scores councils hold for one statement.
   *
   * @param counts councils scoring 1, 2, 3 and 4, in that order
   * @param averageTenths the average score in tenths (2.9 is 29), or 0 where nobody is scored
   */
  public record StatementSpread(String code, List<Integer> counts, int scored, int averageTenths) {

    public StatementSpread {
      counts = List.copyOf(counts);
    }

    /** The average to one decimal place, for display. */
    public String average() {
      return scored == 0 ? "" : averageTenths / 10 + "." + averageTenths % 10;
    }
  }

  public static NationalPicture of(List<CouncilRating> ratings, List<String> statementCodes) {
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      counts.put(rating, 0);
    }
    Map<String, int[]> scores = new java.util.LinkedHashMap<>();
    statementCodes.forEach(code -> scores.put(code, new int[Score.MAX + 1]));
    int rated = 0;
    for (CouncilRating council : ratings) {
      if (council.latest().isEmpty()) {
        continue;
      }
      rated++;
      var result = council.latest().get().result();
      counts.merge(result.rating(), 1, Integer::sum);
      for (StatementResult statement : result.statements()) {
        int[] tally = scores.get(statement.code());
        if (tally != null) {
          statement.score().ifPresent(score -> tally[score.value()]++);
        }
      }
    }
    List<StatementSpread> spreads = new ArrayList<>();
    scores.forEach(
        (code, tally) -> {
          int scored = 0;
          int total = 0;
          List<Integer> perScore = new ArrayList<>();
          for (int score = Score.MIN; score <= Score.MAX; score++) {
            perScore.add(tally[score]);
            scored += tally[score];
            total += score * tally[score];
          }
          int averageTenths = scored == 0 ? 0 : (20 * total + scored) / (2 * scored);
          spreads.add(new StatementSpread(code, perScore, scored, averageTenths));
        });
    return new NationalPicture(ratings.size(), rated, counts, spreads);
  }

  /** Statements from the lowest average score to the highest; ties keep framework order. */
  public List<StatementSpread> weakestFirst() {
    return statements.stream()
        .filter(s -> s.scored() > 0)
        .sorted(Comparator.comparingInt(StatementSpread::averageTenths))
        .toList();
  }
}
