package uk.assure.council.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;

@Repository
class JdbcCouncilRegistry implements CouncilRegistry {

  private static final String SELECT =
      "SELECT gss_code, name, official_name, region, type_code, population, alt_names"
          + " FROM councils";

  private final JdbcClient jdbc;

  JdbcCouncilRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Council> all() {
    return jdbc.sql(SELECT + " ORDER BY name").query(JdbcCouncilRegistry::council).list();
  }

  @Override
  public Optional<Council> find(GssCode gss) {
    return jdbc.sql(SELECT + " WHERE gss_code = ?")
        .param(gss.value())
        .query(JdbcCouncilRegistry::council)
        .optional();
  }

  private static Council council(ResultSet row, int rowNumber) throws SQLException {
    Array altNames = row.getArray("alt_names");
    return new Council(
        new GssCode(row.getString("gss_code")),
        row.getString("name"),
        row.getString("official_name"),
        row.getString("region"),
        CouncilType.fromCode(row.getString("type_code")),
        row.getObject("population", Integer.class),
        Arrays.asList((String[]) altNames.getArray()));
  }
}
