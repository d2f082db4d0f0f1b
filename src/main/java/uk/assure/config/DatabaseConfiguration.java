package uk.assure.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one PostgreSQL database: an external server when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  /** The pool takes Spring Boot's usual {@code spring.datasource.hikari.*} settings. */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  DataSource dataSource(DatabaseProperties properties) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("assure");
    // Lets the driver send batched inserts as multi-row statements, for imports.
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (properties.embedded()) {
      EmbeddedPostgres server =
          EmbeddedPostgres.start(properties.dataDirectory(), properties.cleanStart());
      dataSource.setJdbcUrl(server.jdbcUrl());
      dataSource.setUsername(server.user());
    } else {
      log.info("Using the PostgreSQL server at {}", properties.url());
      dataSource.setJdbcUrl(properties.url());
      dataSource.setUsername(properties.user());
      dataSource.setPassword(properties.password());
    }
    return dataSource;
  }
}
