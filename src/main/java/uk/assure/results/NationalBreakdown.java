package uk.assure.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import uk.assure.council.domain.CouncilType;
import uk.assure.rating.domain.Rating;

/**
 * The national picture broken down: full assessments published in each quarter by the rating they
 * gave, and the ratings in force by region and by type of council.
 *
 * <p>A council's published assessments are counted only if they are of the same kind as its rating
 * in force: once a council holds a real rating, its demonstration assessment no longer counts, so
 * real and illustrative results are never added up as one history.
 *
 * @param overTime every quarter from the first publication to the last, including quarters in which
 *     nothing was published
 * @param illustrative how many of the ratings in force are demonstration data
 */
public record NationalBreakdown(
    List<Quarter> overTime, List<Group> byRegion, List<Group> byType, int illustrative) {

  public NationalBreakdown {
    overTime = List.copyOf(overTime);
    byRegion = List.copyOf(byRegion);
    byType = List.copyOf(byType);
  }

  /**
   * Full assessments published in one calendar quarter, by the rating each gave.
   *
   * @param quarter 1 (January to March) to 4 (October to December)
   * @param illustrative how many of them are demonstration data
   */
  public record Quarter(int year, int quarter, Map<Rating, Integer> counts, int illustrative) {

    public Quarter {
      if (quarter < 1 || quarter > 4) {
        throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
      }
      counts = Map.copyOf(counts);
    }

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Rating rating) {
      return counts.getOrDefault(rating, 0);
    }

    /** The year as text, so that it is never shown with a thousands separator. */
    public String yearText() {
      return Integer.toString(year);
    }
  }

  /**
   * The ratings in force in one region or for one type of council.
   *
   * @param key the region's name, or the message key of the council type's name
   * @param averageTenths the average overall percentage of the rated councils in tenths (71.4% is
   *     714), or 0 where none is rated
   */
  public record Group(
      String key, int councils, int rated, Map<Rating, Integer> counts, int averageTenths) {

    public Group {
      Objects.requireNonNull(key, "key");
      counts = Map.copyOf(counts);
    }

    public int count(Rating rating) {
      return counts.getOrDefault(rating, 0);
    }

    /** The average overall percentage to one decimal place, or empty where none is rated. */
    public String average() {
      return rated == 0 ? "" : averageTenths / 10 + "." + averageTenths % 10;
    }
  }

  public static NationalBreakdown of(List<CouncilRating> ratings) {
    return new NationalBreakdown(
        overTime(ratings),
        groups(ratings, r -> r.council().region(), Comparator.naturalOrder()),
        groups(
            ratings,
            r -> r.council().type().messageKey(),
            Comparator.comparing(
                key ->
                    java.util.Arrays.stream(CouncilType.values())
                        .filter(t -> t.messageKey().equals(key))
                        .findFirst()
                        .orElseThrow())),
        (int)
            ratings.stream()
                .filter(r -> r.latest().map(PublishedRating::demo).orElse(false))
                .count());
  }

  private static List<Quarter> overTime(List<CouncilRating> ratings) {
    TreeMap<Integer, Map<Rating, Integer>> byQuarter = new TreeMap<>();
    Map<Integer, Integer> illustrative = new TreeMap<>();
    for (CouncilRating council : ratings) {
      if (council.latest().isEmpty()) {
        continue;
      }
      boolean demo = council.latest().get().demo();
      for (PublishedRating published : council.history()) {
        if (published.result().partial() || published.demo() != demo) {
          continue;
        }
        int index = quarterIndex(published.publishedOn());
        byQuarter
            .computeIfAbsent(index, i -> new EnumMap<>(Rating.class))
            .merge(published.result().rating(), 1, Integer::sum);
        if (demo) {
          illustrative.merge(index, 1, Integer::sum);
        }
      }
    }
    List<Quarter> quarters = new ArrayList<>();
    if (byQuarter.isEmpty()) {
      return quarters;
    }
    for (int index = byQuarter.firstKey(); index <= byQuarter.lastKey(); index++) {
      quarters.add(
          new Quarter(
              index / 4,
              index % 4 + 1,
              byQuarter.getOrDefault(index, Map.of()),
              illustrative.getOrDefault(index, 0)));
    }
    return quarters;
  }

  private static int quarterIndex(LocalDate date) {
    return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
  }

  private static List<Group> groups(
      List<CouncilRating> ratings,
      Function<CouncilRating, String> keyOf,
      Comparator<String> order) {
    Map<String, List<CouncilRating>> grouped = new LinkedHashMap<>();
    ratings.stream()
        .sorted(Comparator.comparing(keyOf, order))
        .forEach(r -> grouped.computeIfAbsent(keyOf.apply(r), k -> new ArrayList<>()).add(r));
    List<Group> groups = new ArrayList<>();
    grouped.forEach(
        (key, councils) -> {
          Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
          int rated = 0;
          int total = 0;
          for (CouncilRating council : councils) {
            if (council.latest().isPresent()) {
              var result = council.latest().get().result();
              rated++;
              total += result.percentage().value();
              counts.merge(result.rating(), 1, Integer::sum);
            }
          }
          int averageTenths = rated == 0 ? 0 : (20 * total + rated) / (2 * rated);
          groups.add(new Group(key, councils.size(), rated, counts, averageTenths));
        });
    return groups;
  }
}
