package uk.assure.indicator.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.importing.IndicatorImportRecords;

@Repository
class JdbcIndicatorImportRecords implements IndicatorImportRecords {

  private static final String UPSERT =
      "INSERT INTO indicator_values AS v ("
          + COLUMNS
          + ") SELECT "
          + COLUMNS
          + " FROM indicator_staging ON CONFLICT (area_level, area_code, source, measure_code,"
          + " period, disaggregation) DO UPDATE SET measure_group = EXCLUDED.measure_group,"
          + " area_name = EXCLUDED.area_name, status = EXCLUDED.status, value = EXCLUDED.value,"
          + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, base ="
          + " EXCLUDED.base, margin_of_error = EXCLUDED.margin_of_error, unit = EXCLUDED.unit,"
          + " import_id = EXCLUDED.import_id WHERE ROW(v.measure_group, v.area_name, v.status,"
          + " v.value, v.numerator, v.denominator, v.base, v.margin_of_error, v.unit)::text IS"
          + " DISTINCT FROM ROW(EXCLUDED.measure_group, EXCLUDED.area_name, EXCLUDED.status,"
          + " EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.base,"
          + " EXCLUDED.margin_of_error, EXCLUDED.unit)::text";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  JdbcIndicatorImportRecords(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Override
  public long begin(String source, String fileName, String period, Instant at, String actor) {
    return jdbc.sql(
            "INSERT INTO indicator_imports (source, file_name, sha256, period, rows_read,"
                + " values_stored, imported_at, imported_by) VALUES (?, ?, ?, ?, 0, 0, ?, ?)"
                + " RETURNING id")
        .params(source, fileName, "0".repeat(64), period, Timestamp.from(at), actor)
        .query(Long.class)
        .single();
  }

  @Override
  public void finish(long importId, String sha256, long rowsRead, int values) {
    jdbc.sql(
            "UPDATE indicator_imports SET sha256 = ?, rows_read = ?, values_stored = ? WHERE id"
                + " = ?")
        .params(sha256, rowsRead, values, importId)
        .update();
  }

  @Override
  public boolean periodHeld(String source, String period, long importId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
        .param("indicator import " + source + " " + period)
        .query((row, n) -> 1)
        .list();
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM indicator_imports WHERE source = ? AND period = ?"
                + " AND values_stored > 0 AND id <> ?)")
        .params(source, period, importId)
        .query(Boolean.class)
        .single();
  }

  @Override
  public void createStaging() {
    jdbc.sql(
            "CREATE TEMP TABLE indicator_staging (LIKE indicator_values INCLUDING DEFAULTS)"
                + " ON COMMIT DROP")
        .update();
  }

  @Override
  public void stage(byte[] copyText) {
    copy("indicator_staging", copyText);
    jdbc.sql(UPSERT).update();
    jdbc.sql("TRUNCATE indicator_staging").update();
  }

  @Override
  public void addValues(byte[] copyText) {
    copy("indicator_values", copyText);
  }

  /** Streams values in COPY text into a table, on the transaction's connection. */
  private void copy(String table, byte[] copyText) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + COLUMNS + ") FROM STDIN",
              new ByteArrayInputStream(copyText));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not store the imported values", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  @Override
  public Map<String, GssCode> knownCassrCodes() {
    return jdbc
        .sql("SELECT cassr_code, gss_code FROM council_cassr_codes")
        .query((row, n) -> Map.entry(row.getString(1), new GssCode(row.getString(2))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Override
  public void rememberCassr(String cassr, GssCode gss) {
    jdbc.sql(
            "INSERT INTO council_cassr_codes (cassr_code, gss_code) VALUES (?, ?) ON CONFLICT DO"
                + " NOTHING")
        .params(cassr, gss.value())
        .update();
  }
}
