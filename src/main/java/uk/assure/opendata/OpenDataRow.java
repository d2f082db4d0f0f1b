package uk.assure.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One council's rating in force, as published in the open data.
 *
 * @param rating the rating's code, for example {@code requires_improvement}
 * @param percentage the overall score, 0 to 100
 * @param scores each statement's score (1 to 4) in framework order, null where not assessed
 * @param demonstration whether the row is illustrative demonstration data, not a real result
 */
public record OpenDataRow(
    String gss,
    String name,
    String rating,
    int percentage,
    LocalDate published,
    List<Integer> scores,
    boolean demonstration) {

  public OpenDataRow {
    Objects.requireNonNull(gss, "gss");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(published, "published");
    if (percentage < 0 || percentage > 100) {
      throw new IllegalArgumentException("A percentage is 0 to 100, not " + percentage);
    }
    for (Integer score : scores) {
      if (score != null && (score < 1 || score > 4)) {
        throw new IllegalArgumentException("A statement score is 1 to 4, not " + score);
      }
    }
    scores = Collections.unmodifiableList(new ArrayList<>(scores));
  }

  /**
   * The row's values in the open data's column order, the one place that order is kept: text, the
   * percentage, the publication date, each statement's score (null where not assessed) and the
   * demonstration flag.
   */
  public List<Object> cells() {
    List<Object> cells = new ArrayList<>(List.of(gss, name, rating, percentage, published));
    cells.addAll(scores);
    cells.add(demonstration);
    return Collections.unmodifiableList(cells);
  }
}
