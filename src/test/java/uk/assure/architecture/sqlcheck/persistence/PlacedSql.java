package uk.assure.architecture.sqlcheck.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL in a persistence package: the SQL rule must allow it. */
class PlacedSql {

  int count(JdbcClient jdbc) {
    return jdbc.sql("SELECT 1 WHERE now() > ?")
        .param(Timestamp.from(Instant.EPOCH))
        .query(Integer.class)
        .single();
  }
}
