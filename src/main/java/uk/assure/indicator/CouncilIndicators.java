package uk.assure.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
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

  private final JdbcClient jdbc;
  private final MeasureCatalogue catalogue;
  private final CouncilRegistry councils;

  CouncilIndicators(JdbcClient jdbc, MeasureCatalogue catalogue, CouncilRegistry councils) {
    this.jdbc = jdbc;
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

  /** How ASCOF names this kind of council in its council-type rows. */
  private static String typePattern(Council council) {
    return switch (council.type()) {
      case COUNTY -> "%count%";
      case UNITARY -> "%unitar%";
      case METROPOLITAN_DISTRICT -> "%metropolitan%";
      case LONDON_BOROUGH, CITY_OF_LONDON -> "%london%";
    };
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
    List<String> group = comparatorGroup(council).stream().map(c -> c.gss().value()).toList();
    Map<String, BigDecimal> averages = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT source, measure_code, disaggregation, period, avg(value) FROM indicator_values"
                + " WHERE area_level = 'council' AND status = 'available' AND area_code = ANY(?)"
                + " GROUP BY source, measure_code, disaggregation, period")
        .param(group.toArray(String[]::new))
        .query(
            (row, n) ->
                averages.put(
                    row.getString(1)
                        + "|"
                        + row.getString(2)
                        + "|"
                        + row.getString(3)
                        + "|"
                        + row.getString(4),
                    row.getBigDecimal(5).setScale(1, java.math.RoundingMode.HALF_UP)))
        .list();
    return averages;
  }

  /** The council's figures, newest period first within each measure, optionally filtered. */
  public List<CouncilIndicator> of(
      Council council, Optional<String> measure, Optional<String> period) {
    List<IndicatorValue> values =
        jdbc.sql(
                """
                SELECT source, measure_code, period, disaggregation, area_level, area_code, status,
                       value, numerator, denominator, base, margin_of_error, unit
                  FROM indicator_values
                 WHERE (area_level = 'council' AND area_code = ?)
                    OR area_level = 'england'
                    OR (area_level = 'region' AND area_name = ?)
                    OR (area_level = 'council_type' AND lower(area_code || ' ' || coalesce(area_name, ''))
                        LIKE ?)
                """)
            .params(council.gss().value(), council.region(), typePattern(council))
            .query(
                (row, n) ->
                    new IndicatorValue(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getBigDecimal(8),
                        row.getBigDecimal(9),
                        row.getBigDecimal(10),
                        row.getBigDecimal(11),
                        row.getBigDecimal(12),
                        row.getString(13)))
            .list();
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
    jdbc.sql(
            """
            SELECT source, measure_code, disaggregation, period, highest, lowest, councils
              FROM (SELECT v.*,
                           rank() OVER (PARTITION BY source, measure_code, period, disaggregation
                                        ORDER BY value DESC) AS highest,
                           rank() OVER (PARTITION BY source, measure_code, period, disaggregation
                                        ORDER BY value ASC) AS lowest,
                           count(*) OVER (PARTITION BY source, measure_code, period, disaggregation)
                               AS councils
                      FROM indicator_values v
                     WHERE area_level = 'council' AND status = 'available') ranked
             WHERE area_code = ?
            """)
        .param(council.gss().value())
        .query(
            (row, n) ->
                ranks.put(
                    row.getString(1)
                        + "|"
                        + row.getString(2)
                        + "|"
                        + row.getString(3)
                        + "|"
                        + row.getString(4),
                    new int[] {row.getInt(5), row.getInt(6), row.getInt(7)}))
        .list();
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
