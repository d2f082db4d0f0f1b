package uk.assure.indicator;

import java.math.BigDecimal;

/** A stored figure, as read back for comparisons. */
public record IndicatorValue(
    String source,
    String measureCode,
    String period,
    String disaggregation,
    String areaLevel,
    String areaCode,
    String status,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal base,
    BigDecimal marginOfError,
    String unit) {

  /** The identity of the series this value belongs to, across periods. */
  String series() {
    return source + "|" + measureCode + "|" + disaggregation;
  }
}
