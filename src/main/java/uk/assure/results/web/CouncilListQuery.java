package uk.assure.results.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a person asked the council list for: a name to search, filters and an order. Unknown values
 * are ignored rather than refused, so an edited link still shows a useful list.
 */
record CouncilListQuery(String q, String region, String type, String rating, String sort) {

  static final String NOT_RATED = "not_rated";

  enum Sort {
    NAME("name", Comparator.comparing(CouncilRow::name, String.CASE_INSENSITIVE_ORDER)),
    SCORE_HIGH("score-high", byScore().reversed()),
    SCORE_LOW("score-low", byScore()),
    PUBLISHED("published", byPublished());

    final String code;
    final Comparator<CouncilRow> order;

    Sort(String code, Comparator<CouncilRow> order) {
      this.code = code;
      this.order = order;
    }

    public String code() {
      return code;
    }

    static Sort fromCode(String code) {
      return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(NAME);
    }

    private static Comparator<CouncilRow> byScore() {
      return Comparator.comparing(
              CouncilRow::percentage, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(CouncilRow::name);
    }

    private static Comparator<CouncilRow> byPublished() {
      return Comparator.comparing(
              CouncilRow::published,
              Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
          .thenComparing(CouncilRow::name);
    }
  }

  CouncilListQuery {
    q = q == null ? "" : q.strip();
    if (q.length() > 100) {
      q = q.substring(0, 100);
    }
    region = blankToEmpty(region);
    type = blankToEmpty(type);
    rating = blankToEmpty(rating);
    sort = Sort.fromCode(sort).code();
  }

  List<CouncilRow> apply(List<CouncilRow> rows) {
    Predicate<CouncilRow> keep = row -> true;
    if (!q.isEmpty()) {
      String needle = q.toLowerCase(Locale.ROOT);
      keep = keep.and(row -> row.name().toLowerCase(Locale.ROOT).contains(needle));
    }
    if (!region.isEmpty()) {
      keep = keep.and(row -> row.region().equals(region));
    }
    if (!type.isEmpty()) {
      keep = keep.and(row -> row.typeKey().equals("council.type." + type));
    }
    if (NOT_RATED.equals(rating)) {
      keep = keep.and(row -> !row.rated());
    } else if (!rating.isEmpty()) {
      keep = keep.and(row -> rating.equals(row.rating()));
    }
    return rows.stream().filter(keep).sorted(Sort.fromCode(sort).order).toList();
  }

  public boolean filtered() {
    return !q.isEmpty() || !region.isEmpty() || !type.isEmpty() || !rating.isEmpty();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
