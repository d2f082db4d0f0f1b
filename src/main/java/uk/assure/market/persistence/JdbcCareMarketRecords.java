package uk.assure.market.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.council.domain.GssCode;
import uk.assure.market.CareMarketRecords;
import uk.assure.market.domain.AreaFigures;
import uk.assure.market.domain.GroupFigures;
import uk.assure.market.domain.MarketGroup;

@Repository
class JdbcCareMarketRecords implements CareMarketRecords {

  private static final String ENGLAND = "england";

  private static final String FIGURES =
      "market_group, locations, rated, under_two_years, two_to_four_years, four_to_eight_years,"
          + " eight_years_or_more, average_age_years, inherited, outstanding, good,"
          + " requires_improvement, inadequate";

  private final JdbcClient jdbc;

  JdbcCareMarketRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> fileHash(LocalDate asOf) {
    return jdbc.sql("SELECT file_sha256 FROM care_market_snapshots WHERE as_of = ?")
        .param(asOf)
        .query(String.class)
        .optional();
  }

  @Override
  public void replace(
      LocalDate asOf, String fileHash, long rows, Instant at, List<AreaFigures> areas) {
    jdbc.sql("DELETE FROM care_market_snapshots WHERE as_of = ?").param(asOf).update();
    jdbc.sql(
            "INSERT INTO care_market_snapshots (as_of, file_sha256, rows_read, imported_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(asOf, fileHash, Math.toIntExact(rows), Timestamp.from(at))
        .update();
    for (AreaFigures area : areas) {
      String key = area.england() ? ENGLAND : area.council().value();
      jdbc.sql(
              "INSERT INTO care_market_areas (as_of, area, council_gss, domiciliary_providers,"
                  + " domiciliary_locations) VALUES (?, ?, ?, ?, ?)")
          .params(
              asOf,
              key,
              area.england() ? null : key,
              area.domiciliaryProviders(),
              area.domiciliaryLocations())
          .update();
      for (GroupFigures group : area.groups()) {
        jdbc.sql(
                "INSERT INTO care_market_figures (as_of, area, "
                    + FIGURES
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(
                asOf,
                key,
                group.group().code(),
                group.locations(),
                group.rated(),
                group.underTwoYears(),
                group.twoToFourYears(),
                group.fourToEightYears(),
                group.eightYearsOrMore(),
                group.averageAgeYears(),
                group.inherited(),
                group.outstanding(),
                group.good(),
                group.requiresImprovement(),
                group.inadequate())
            .update();
      }
    }
  }

  @Override
  public Optional<LocalDate> latest() {
    return jdbc.sql("SELECT max(as_of) FROM care_market_snapshots")
        .query(LocalDate.class)
        .optional();
  }

  @Override
  public Optional<AreaFigures> area(LocalDate asOf, GssCode council) {
    String key = council == null ? ENGLAND : council.value();
    return read(asOf, key).stream().findFirst();
  }

  @Override
  public List<AreaFigures> areas(LocalDate asOf) {
    return read(asOf, null);
  }

  /** One area's figures, or every area's (England first) when the key is null. */
  private List<AreaFigures> read(LocalDate asOf, String key) {
    Map<String, List<GroupFigures>> groups = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT area, "
                + FIGURES
                + " FROM care_market_figures WHERE as_of = ? AND (CAST(? AS varchar) IS NULL"
                + " OR area = ?)"
                + " ORDER BY area = 'england' DESC, area,"
                + " array_position(ARRAY['community', 'residential', 'all'], market_group::text)")
        .params(asOf, key, key)
        .query(
            (ResultSet row) -> {
              groups.computeIfAbsent(row.getString("area"), a -> new ArrayList<>()).add(group(row));
            });
    List<AreaFigures> areas = new ArrayList<>();
    jdbc.sql(
            "SELECT area, domiciliary_providers, domiciliary_locations FROM care_market_areas"
                + " WHERE as_of = ? AND (CAST(? AS varchar) IS NULL OR area = ?)"
                + " ORDER BY area = 'england' DESC, area")
        .params(asOf, key, key)
        .query(
            (ResultSet row) -> {
              String area = row.getString("area");
              areas.add(
                  new AreaFigures(
                      area.equals(ENGLAND) ? null : new GssCode(area),
                      groups.getOrDefault(area, List.of()),
                      row.getInt("domiciliary_providers"),
                      row.getInt("domiciliary_locations")));
            });
    return areas;
  }

  private static GroupFigures group(ResultSet row) throws SQLException {
    return new GroupFigures(
        MarketGroup.fromCode(row.getString("market_group")),
        row.getInt("locations"),
        row.getInt("rated"),
        row.getInt("under_two_years"),
        row.getInt("two_to_four_years"),
        row.getInt("four_to_eight_years"),
        row.getInt("eight_years_or_more"),
        row.getBigDecimal("average_age_years"),
        row.getInt("inherited"),
        row.getInt("outstanding"),
        row.getInt("good"),
        row.getInt("requires_improvement"),
        row.getInt("inadequate"));
  }
}
