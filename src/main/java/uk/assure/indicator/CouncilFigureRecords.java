package uk.assure.indicator;

import java.math.BigDecimal;
import java.util.List;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;

/** Published figures as stored, read for one council's page beside its benchmarks. */
public interface CouncilFigureRecords {

  /** Where a council's figure stands among all councils' available figures of its series. */
  record Rank(
      String source,
      String measureCode,
      String disaggregation,
      String period,
      int highest,
      int lowest,
      int councils) {}

  /** The mean of a group of councils' available figures of one series in one period. */
  record Average(
      String source, String measureCode, String disaggregation, String period, BigDecimal value) {}

  /**
   * The council's figures with the benchmarks it is compared with: England's, its region's and
   * those of councils of its kind, in any order.
   */
  List<IndicatorValue> withBenchmarks(Council council);

  /** The council's place, from the highest and from the lowest, in each series and period. */
  List<Rank> ranks(GssCode council);

  /** The average of the given councils' figures per series and period. */
  List<Average> averages(List<GssCode> councils);
}
