package uk.assure.evidence.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * How much evidence an assessment holds for each quality statement in each of the four evidence
 * categories used for councils, and where a statement has none in a category.
 */
public record CoverageMatrix(List<Row> rows) {

  /** The four categories, in the order they are shown. */
  public static final List<EvidenceCategory> CATEGORIES =
      List.of(
          EvidenceCategory.PEOPLE_EXPERIENCE,
          EvidenceCategory.FEEDBACK_STAFF_LEADERS,
          EvidenceCategory.FEEDBACK_PARTNERS,
          EvidenceCategory.PROCESSES);

  /** One statement: its count per category, and per category how many came from each source. */
  public record Row(String statement, List<Cell> cells) {

    public List<EvidenceCategory> gaps() {
      return cells.stream().filter(c -> c.count() == 0).map(Cell::category).toList();
    }
  }

  /** A statement's evidence in one category, in all and by source. */
  public record Cell(EvidenceCategory category, int count, Map<String, Integer> bySource) {}

  public CoverageMatrix {
    rows = List.copyOf(rows);
  }

  public static CoverageMatrix of(List<String> statements, List<EvidenceTally> tallies) {
    List<Row> rows = new ArrayList<>();
    for (String statement : statements) {
      Map<EvidenceCategory, Map<String, Integer>> bySource = new EnumMap<>(EvidenceCategory.class);
      for (EvidenceTally tally : tallies) {
        if (tally.statementCode().equals(statement) && CATEGORIES.contains(tally.category())) {
          bySource
              .computeIfAbsent(tally.category(), c -> new TreeMap<>())
              .merge(tally.source(), tally.count(), Integer::sum);
        }
      }
      List<Cell> cells = new ArrayList<>();
      for (EvidenceCategory category : CATEGORIES) {
        Map<String, Integer> sources = bySource.getOrDefault(category, Map.of());
        cells.add(
            new Cell(
                category, sources.values().stream().mapToInt(Integer::intValue).sum(), sources));
      }
      rows.add(new Row(statement, cells));
    }
    return new CoverageMatrix(rows);
  }

  /** Every statement and category with no evidence, statement by statement. */
  public List<Map.Entry<String, EvidenceCategory>> gaps() {
    List<Map.Entry<String, EvidenceCategory>> gaps = new ArrayList<>();
    for (Row row : rows) {
      for (EvidenceCategory category : row.gaps()) {
        gaps.add(Map.entry(row.statement(), category));
      }
    }
    return gaps;
  }
}
