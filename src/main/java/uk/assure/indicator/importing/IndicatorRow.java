package uk.assure.indicator.importing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value ready to store: a measure for one area, period and breakdown, with what was published
 * beside it. A suppressed or unavailable figure has no value, never a zero.
 */
public record IndicatorRow(
    String source,
    String measureCode,
    String measureGroup,
    String period,
    String disaggregation,
    AreaLevel areaLevel,
    String areaCode,
    String areaName,
    Status status,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal base,
    BigDecimal marginOfError,
    String unit) {

  /** Where a value belongs: a council, or one of the benchmarks councils are compared with. */
  public enum AreaLevel {
    COUNCIL("council"),
    REGION("region"),
    COUNCIL_TYPE("council_type"),
    ENGLAND("england");

    private final String code;

    AreaLevel(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Whether a figure was published, held back to protect people, or not produced at all. */
  public enum Status {
    AVAILABLE("available"),
    SUPPRESSED("suppressed"),
    NOT_AVAILABLE("not_available");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public IndicatorRow {
    Objects.requireNonNull(measureCode, "measureCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(areaLevel, "areaLevel");
    Objects.requireNonNull(areaCode, "areaCode");
    disaggregation = disaggregation == null || disaggregation.isBlank() ? "Total" : disaggregation;
    if ((status == Status.AVAILABLE) != (value != null)) {
      throw new IllegalArgumentException("A value is given exactly when the figure is available");
    }
  }

  /** The identity of the value: re-importing the same one replaces it. */
  public String key() {
    return String.join(
        "|", source, measureCode, period, disaggregation, areaLevel.code(), areaCode);
  }
}
