package uk.assure.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.domain.ComparatorGroup;
import uk.assure.indicator.domain.Comparison;
import uk.assure.indicator.domain.Interval;
import uk.assure.indicator.domain.Trend;
import uk.assure.indicator.domain.WilsonInterval;

/**
 * A council's published figures beside England's and its region's, each with a 95% interval, the
 * comparison with England and the trend since the previous period, all read in one query.
 */
@Service
public class CouncilIndicators {

  private final CouncilFigureRecords figures;
  private final MeasureCatalogue catalogue;
  private final CouncilRegistry councils;

  CouncilIndicators(
      CouncilFigureRecords figures, MeasureCatalogue catalogue, CouncilRegistry councils) {
    this.figures = figures;
    this.catalogue = catalogue;
    this.councils = councils;
  }

  /** The council's comparator group: the 15 councils most like it, nearest first. */
  public List<Council> comparatorGroup(Council council) {
    List<Council> all = councils.all();
    Map<String, Council> byGss =
        all.stream().collect(Collectors.toMap(c -> c.gss().value(), c -> c));
    return ComparatorGroup.nearest(
            profile(council),
            all.stream().map(CouncilIndicators::profile).toList(),
            ComparatorGroup.SIZE)
        .stream()
        .map(member -> byGss.get(member.gss()))
        .toList();
  }

  private static ComparatorGroup.Profile profile(Council council) {
    return new ComparatorGroup.Profile(
        council.gss().value(),
        council.type().code(),
        council.region(),
        council.population(),
        Map.of());
  }

  /** The average of the group's figures per series and period. */
  private Map<String, BigDecimal> comparatorAverages(Council council) {
    List<GssCode> group = comparatorGroup(council).stream().map(Council::gss).toList();
    Map<String, BigDecimal> averages = new java.util.HashMap<>();
    for (CouncilFigureRecords.Average a : figures.averages(group)) {
      averages.put(
          key(a.source(), a.measureCode(), a.disaggregation(), a.period()),
          a.value().setScale(1, java.math.RoundingMode.HALF_UP));
    }
    return averages;
  }

  /** The key of a series in a period: the same as {@link IndicatorValue#series()} and period. */
  private static String key(
      String source, String measureCode, String disaggregation, String period) {
    return source + "|" + measureCode + "|" + disaggregation + "|" + period;
  }

  /** The council's figures, newest period first within each measure, optionally filtered. */
  public List<CouncilIndicator> of(
      Council council, Optional<String> measure, Optional<String> period) {
    List<IndicatorValue> values = figures.withBenchmarks(council);
    Map<String, IndicatorValue> benchmarks = new LinkedHashMap<>();
    Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
    for (IndicatorValue v : values) {
      if (v.areaLevel().equals("council")) {
        series.computeIfAbsent(v.series(), s -> new ArrayList<>()).add(v);
      } else {
        benchmarks.put(v.areaLevel() + "|" + v.series() + "|" + v.period(), v);
      }
    }
    Map<String, int[]> ranks = ranks(council);
    Map<String, BigDecimal> comparators = comparatorAverages(council);
    List<CouncilIndicator> indicators = new ArrayList<>();
    for (List<IndicatorValue> periods : series.values()) {
      periods.sort(Comparator.comparing(IndicatorValue::period).reversed());
      for (int i = 0; i < periods.size(); i++) {
        IndicatorValue v = periods.get(i);
        if (measure.isPresent() && !measure.get().equals(v.measureCode())
            || period.isPresent() && !period.get().equals(v.period())) {
          continue;
        }
        Optional<IndicatorValue> previous =
            i + 1 < periods.size() ? Optional.of(periods.get(i + 1)) : Optional.empty();
        String key = v.series() + "|" + v.period();
        indicators.add(describe(v, previous, benchmarks, ranks.get(key), comparators.get(key)));
      }
    }
    indicators.sort(
        Comparator.comparing(CouncilIndicator::measure)
            .thenComparing(CouncilIndicator::disaggregation));
    return indicators;
  }

  /** Where the council stands among councils, from highest and lowest, per series and period. */
  private Map<String, int[]> ranks(Council council) {
    Map<String, int[]> ranks = new java.util.HashMap<>();
    for (CouncilFigureRecords.Rank r : figures.ranks(council.gss())) {
      ranks.put(
          key(r.source(), r.measureCode(), r.disaggregation(), r.period()),
          new int[] {r.highest(), r.lowest(), r.councils()});
    }
    return ranks;
  }

  private CouncilIndicator describe(
      IndicatorValue v,
      Optional<IndicatorValue> previous,
      Map<String, IndicatorValue> benchmarks,
      int[] rank,
      BigDecimal comparator) {
    Optional<Measure> known = catalogue.forValue(v.source(), v.measureCode(), v.period());
    String direction = known.map(Measure::direction).orElse("neither");
    Optional<BigDecimal> england = benchmark(benchmarks, "england", v);
    Optional<BigDecimal> region = benchmark(benchmarks, "region", v);
    Optional<BigDecimal> sameKind = benchmark(benchmarks, "council_type", v);
    Optional<Interval> interval = interval(v);
    Comparison comparison =
        v.base() != null
                && v.source().equals("survey")
                && v.base().longValue() < Comparison.MINIMUM_BASE
            ? Comparison.tooFewRespondents(v.base().longValue())
            : Comparison.withEngland(
                interval, intervalSource(v), england.map(BigDecimal::doubleValue), direction);
    Trend trend = Trend.between(previous.flatMap(CouncilIndicators::interval), interval, direction);
    return new CouncilIndicator(
        v.source(),
        v.measureCode(),
        known.map(Measure::name).orElse(v.measureCode()),
        v.period(),
        v.disaggregation(),
        v.status(),
        v.value(),
        v.numerator(),
        v.denominator(),
        interval.map(Interval::lower).map(CouncilIndicators::round).orElse(null),
        interval.map(Interval::upper).map(CouncilIndicators::round).orElse(null),
        england.orElse(null),
        region.orElse(null),
        sameKind.orElse(null),
        comparator,
        comparison.outcome().code(),
        comparison.method(),
        trend.direction().code(),
        trend.method(),
        Optional.ofNullable(v.unit()).orElse(known.map(Measure::unit).orElse(null)),
        direction,
        known.map(Measure::statements).orElse(List.of()),
        rankFor(rank, direction),
        rank == null || "neither".equals(direction) ? null : rank[2],
        quartile(rankFor(rank, direction), rank));
  }

  private static Integer rankFor(int[] rank, String direction) {
    if (rank == null || "neither".equals(direction)) {
      return null;
    }
    return "lower".equals(direction) ? rank[1] : rank[0];
  }

  private static Integer quartile(Integer place, int[] rank) {
    // The best quarter is 1: places 1 to a quarter of the councils, and so on.
    return place == null ? null : 4 * (place - 1) / rank[2] + 1;
  }

  /**
   * The 95% interval: Wilson's from the numerator and denominator of a proportion, else the
   * published margin of error.
   */
  static Optional<Interval> interval(IndicatorValue v) {
    if (v.value() == null) {
      return Optional.empty();
    }
    if (v.numerator() != null && v.denominator() != null && isProportion(v)) {
      return WilsonInterval.of(v.numerator().longValue(), v.denominator().longValue());
    }
    if (v.marginOfError() != null) {
      return Optional.of(
          Interval.ofMargin(v.value().doubleValue(), v.marginOfError().doubleValue()));
    }
    return Optional.empty();
  }

  private static String intervalSource(IndicatorValue v) {
    return v.numerator() != null && v.denominator() != null && isProportion(v)
        ? "95% Wilson score interval"
        : "published 95% margin of error";
  }

  /** A percentage whose numerator and denominator give it, in whole numbers. */
  private static boolean isProportion(IndicatorValue v) {
    if (v.denominator().signum() <= 0
        || v.numerator().signum() < 0
        || v.numerator().compareTo(v.denominator()) > 0) {
      return false;
    }
    double share = 100 * v.numerator().doubleValue() / v.denominator().doubleValue();
    return Math.abs(share - v.value().doubleValue()) < 0.5;
  }

  private static Optional<BigDecimal> benchmark(
      Map<String, IndicatorValue> benchmarks, String level, IndicatorValue v) {
    return Optional.ofNullable(benchmarks.get(level + "|" + v.series() + "|" + v.period()))
        .map(IndicatorValue::value);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** Figures grouped by the quality statement they inform, in framework order. */
  public static Map<String, List<CouncilIndicator>> byStatement(List<CouncilIndicator> indicators) {
    return indicators.stream()
        .flatMap(
            i ->
                (i.statements().isEmpty() ? List.of("other") : i.statements())
                    .stream().map(s -> Map.entry(s, i)))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                java.util.TreeMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
