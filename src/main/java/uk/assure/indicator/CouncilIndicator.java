package uk.assure.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of a council's figures with its benchmarks and how sure the comparison is.
 *
 * @param lower lower end of the 95% interval, or null
 * @param upper upper end of the 95% interval, or null
 * @param councilType the figure for councils of the same kind, where published
 * @param comparator the average of the comparator group's figures, or null
 * @param comparison better, similar, worse or not_compared, against England
 * @param method the test that decided the comparison
 * @param trend improving, stable, declining or not_enough_data, against the previous period
 * @param statements the quality statements the measure informs
 * @param rank the council's place among councils with a figure (1 is best), or null
 * @param quartile 1 for the best quarter of councils to 4 for the worst, or null
 */
public record CouncilIndicator(
    String source,
    String measure,
    String name,
    String period,
    String disaggregation,
    String status,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    Double lower,
    Double upper,
    BigDecimal england,
    BigDecimal region,
    BigDecimal councilType,
    BigDecimal comparator,
    String comparison,
    String method,
    String trend,
    String trendMethod,
    String unit,
    String direction,
    List<String> statements,
    Integer rank,
    Integer rankedCouncils,
    Integer quartile) {

  /** Identifies the figure among the council's: layout, measure, period and breakdown. */
  public String key() {
    return String.join("|", source, measure, period, disaggregation);
  }

  /** Worse than England and getting worse, or worse and not improving: where to look first. */
  public int triageOrder() {
    if (!"worse".equals(comparison)) {
      return Integer.MAX_VALUE;
    }
    return "declining".equals(trend) ? 0 : "stable".equals(trend) ? 1 : 2;
  }
}
