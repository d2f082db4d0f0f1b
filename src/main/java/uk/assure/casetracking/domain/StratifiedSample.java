package uk.assure.casetracking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws the cases to review from a council's case list, in two stages: a first list (10 by
 * default), then from it the people whose journeys are followed (6 by default). Each stage is a
 * stratified random sample, with strata by primary support reason and age group (18 to 64, 65 and
 * over) and places given to strata in proportion to their size by largest remainder.
 *
 * <p>The draw is reproducible from its seed alone, so anyone can check it: cases are sorted by
 * reference; strata are taken in order of their code; each stratum's members are shuffled by
 * Fisher-Yates with {@link java.util.Random} seeded once with the seed (its algorithm is fixed by
 * the Java specification), and the first cases of each stratum taken; the second stage carries on
 * with the same generator.
 */
public final class StratifiedSample {

  public static final int DEFAULT_LIST = 10;
  public static final int DEFAULT_FOLLOW = 6;
  public static final int MAX_SIZE = 200;

  /** A drawn sample: the seed and sizes it was drawn with, the strata, and the cases chosen. */
  public record Draw(
      long seed,
      int listSize,
      int followSize,
      List<Stratum> strata,
      List<String> listed,
      List<String> followed) {

    public Draw {
      strata = List.copyOf(strata);
      listed = List.copyOf(listed);
      followed = List.copyOf(followed);
    }
  }

  /** A stratum: its code, how many cases the list has in it, and how many of each stage drawn. */
  public record Stratum(String code, int size, int listed, int followed) {}

  private StratifiedSample() {}

  public static Draw draw(List<CaseRecord> cases, int listSize, int followSize, long seed) {
    if (listSize < 1 || listSize > MAX_SIZE || followSize < 1 || followSize > listSize) {
      throw new IllegalArgumentException(
          "Sizes must be 1 to " + MAX_SIZE + ", with those followed no more than those listed");
    }
    Random random = new Random(seed);
    List<CaseRecord> sorted =
        cases.stream().sorted(Comparator.comparing(CaseRecord::reference)).toList();
    Map<String, List<CaseRecord>> all = strata(sorted);
    List<CaseRecord> listed = stage(all, listSize, random);
    Map<String, List<CaseRecord>> listedStrata = strata(listed);
    List<CaseRecord> followed = stage(listedStrata, followSize, random);
    List<Stratum> described = new ArrayList<>();
    for (Map.Entry<String, List<CaseRecord>> stratum : all.entrySet()) {
      String code = stratum.getKey();
      described.add(
          new Stratum(
              code,
              stratum.getValue().size(),
              (int) listed.stream().filter(c -> c.stratum().equals(code)).count(),
              (int) followed.stream().filter(c -> c.stratum().equals(code)).count()));
    }
    return new Draw(
        seed,
        listSize,
        followSize,
        described,
        listed.stream().map(CaseRecord::reference).toList(),
        followed.stream().map(CaseRecord::reference).toList());
  }

  private static Map<String, List<CaseRecord>> strata(List<CaseRecord> cases) {
    Map<String, List<CaseRecord>> strata = new TreeMap<>();
    for (CaseRecord c :
        cases.stream().sorted(Comparator.comparing(CaseRecord::reference)).toList()) {
      strata.computeIfAbsent(c.stratum(), k -> new ArrayList<>()).add(c);
    }
    return strata;
  }

  private static List<CaseRecord> stage(
      Map<String, List<CaseRecord>> strata, int size, Random random) {
    int total = strata.values().stream().mapToInt(List::size).sum();
    List<Integer> places =
        allocate(strata.values().stream().map(List::size).toList(), Math.min(size, total));
    List<CaseRecord> chosen = new ArrayList<>();
    int i = 0;
    for (List<CaseRecord> members : strata.values()) {
      List<CaseRecord> shuffled = new ArrayList<>(members);
      for (int k = shuffled.size() - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        CaseRecord swap = shuffled.get(k);
        shuffled.set(k, shuffled.get(j));
        shuffled.set(j, swap);
      }
      chosen.addAll(shuffled.subList(0, places.get(i++)));
    }
    return chosen;
  }

  /**
   * Shares {@code places} among strata of the given sizes in proportion to size: each gets the
   * whole part of its share, and the places left go to the largest remainders (the earlier stratum
   * first on a tie), never more than a stratum holds.
   */
  static List<Integer> allocate(List<Integer> sizes, int places) {
    long total = sizes.stream().mapToLong(Integer::longValue).sum();
    List<Integer> given = new ArrayList<>();
    if (total == 0) {
      sizes.forEach(s -> given.add(0));
      return given;
    }
    List<long[]> remainders = new ArrayList<>();
    int left = places;
    for (int i = 0; i < sizes.size(); i++) {
      long numerator = (long) places * sizes.get(i);
      int whole = (int) (numerator / total);
      given.add(whole);
      left -= whole;
      remainders.add(new long[] {numerator % total, i});
    }
    remainders.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
    for (int r = 0; left > 0; r = (r + 1) % remainders.size()) {
      int i = (int) remainders.get(r)[1];
      if (given.get(i) < sizes.get(i)) {
        given.set(i, given.get(i) + 1);
        left--;
      }
    }
    return given;
  }
}
