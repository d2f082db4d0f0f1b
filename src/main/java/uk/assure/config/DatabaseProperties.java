package uk.assure.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Assure keeps its data. With no {@code url} (environment variable {@code ASSURE_DB_URL}),
 * Assure starts its own PostgreSQL server with data under {@code dataDirectory}.
 *
 * @param url JDBC URL of an external PostgreSQL server ({@code ASSURE_DB_URL})
 * @param user the external server's user ({@code ASSURE_DB_USER})
 * @param password the external server's password ({@code ASSURE_DB_PASSWORD})
 * @param dataDirectory where the embedded server keeps its data
 * @param cleanStart whether the embedded server starts from an empty database (tests only)
 */
@ConfigurationProperties("assure.db")
public record DatabaseProperties(
    String url, String user, String password, Path dataDirectory, boolean cleanStart) {

  public DatabaseProperties {
    dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
  }

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
