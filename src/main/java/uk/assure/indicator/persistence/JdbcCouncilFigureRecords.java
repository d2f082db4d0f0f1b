package uk.assure.indicator.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.CouncilFigureRecords;
import uk.assure.indicator.IndicatorValue;

@Repository
class JdbcCouncilFigureRecords implements CouncilFigureRecords {

  private final JdbcClient jdbc;

  JdbcCouncilFigureRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<IndicatorValue> withBenchmarks(Council council) {
    return jdbc.sql(
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

  @Override
  public List<Rank> ranks(GssCode council) {
    return jdbc.sql(
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
        .param(council.value())
        .query(
            (row, n) ->
                new Rank(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getInt(5),
                    row.getInt(6),
                    row.getInt(7)))
        .list();
  }

  @Override
  public List<Average> averages(List<GssCode> councils) {
    return jdbc.sql(
            "SELECT source, measure_code, disaggregation, period, avg(value) FROM indicator_values"
                + " WHERE area_level = 'council' AND status = 'available' AND area_code = ANY(?)"
                + " GROUP BY source, measure_code, disaggregation, period")
        .param(councils.stream().map(GssCode::value).toArray(String[]::new))
        .query(
            (row, n) ->
                new Average(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getBigDecimal(5)))
        .list();
  }
}
