package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 153 councils with adult social care duties from the registry file shipped with Assure
 * (mySociety, UK Local Authority Names and Codes, CC-BY-4.0).
 */
public class V2__load_councils extends BaseJavaMigration {

  static final String REGISTRY = "/data/councils/councils-with-adult-social-care.csv";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
            new InputStreamReader(
                V2__load_councils.class.getResourceAsStream(REGISTRY), StandardCharsets.UTF_8);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO councils (gss_code, la_code, official_name, name, region, type_code,"
                    + " population, area_km2, latitude, longitude, gov_uk_slug, alt_names)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int rows = 0;
      for (CSVRecord row : format.parse(reader)) {
        insert.setString(1, row.get("gss-code"));
        insert.setString(2, row.get("local-authority-code"));
        insert.setString(3, row.get("official-name"));
        insert.setString(4, row.get("nice-name"));
        insert.setString(5, row.get("region"));
        insert.setString(6, row.get("local-authority-type"));
        String population = row.get("pop-2020");
        if (population.isBlank()) {
          insert.setNull(7, Types.INTEGER);
        } else {
          insert.setInt(7, new BigDecimal(population).intValueExact());
        }
        insert.setBigDecimal(8, decimal(row.get("area")));
        insert.setBigDecimal(9, decimal(row.get("lat")));
        insert.setBigDecimal(10, decimal(row.get("long")));
        insert.setString(11, row.get("gov-uk-slug"));
        String[] altNames =
            Arrays.stream(row.get("alt-names").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toArray(String[]::new);
        insert.setArray(12, connection.createArrayOf("text", altNames));
        insert.addBatch();
        rows++;
      }
      if (rows != 153) {
        throw new IllegalStateException(
            "The council registry should list 153 councils, not " + rows);
      }
      insert.executeBatch();
    }
  }

  private static BigDecimal decimal(String value) {
    return value.isBlank() ? null : new BigDecimal(value);
  }
}
