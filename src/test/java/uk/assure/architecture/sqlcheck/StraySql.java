package uk.assure.architecture.sqlcheck;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A service that queries the database itself: the SQL rule must refuse it. */
class StraySql {

  int count(JdbcClient jdbc) {
    return jdbc.sql("SELECT 1").query(Integer.class).single();
  }
}
