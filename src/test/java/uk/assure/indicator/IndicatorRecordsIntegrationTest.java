package uk.assure.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.indicator.importing.IndicatorImports.Format;
import uk.assure.indicator.importing.IndicatorImports.Result;

/**
 * Every stored value names the import it came from, and that import stays on record: the database
 * refuses a value naming an import that does not exist, and refuses to delete imports.
 */
@Tag("database")
@SpringBootTest
class IndicatorRecordsIntegrationTest {

  private static final String INDICATOR = "records-kept-waiting-weeks";

  @TempDir Path folder;
  @Autowired IndicatorImports imports;
  @Autowired JdbcClient jdbc;

  @Test
  void valuesMustNameAnImportThatExistsAndImportsAreNeverDeleted() throws IOException {
    long importId = importOneValue();
    long missing =
        jdbc.sql("SELECT max(id) + 1000 FROM indicator_imports").query(Long.class).single();

    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO indicator_values (source, measure_code, period, area_level,"
                            + " area_code, status, value, import_id) VALUES ('generic', ?,"
                            + " '2041-42', 'council', 'E06000006', 'available', 1, ?)")
                    .params(INDICATOR, missing)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("must name an import that exists");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE indicator_values SET import_id = ? WHERE measure_code = ?")
                    .params(missing, INDICATOR)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("must name an import that exists");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM indicator_imports WHERE id = ?").param(importId).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("never deleted");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE indicator_imports CASCADE").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("never deleted");

    assertThat(
            jdbc.sql("SELECT import_id FROM indicator_values WHERE measure_code = ?")
                .param(INDICATOR)
                .query(Long.class)
                .list())
        .containsExactly(importId);
    assertThat(
            jdbc.sql("SELECT count(*) FROM indicator_imports WHERE id = ?")
                .param(importId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private long importOneValue() throws IOException {
    Path file = folder.resolve("waiting.csv");
    Files.writeString(
        file,
        "gss,indicator,period,numerator,denominator,value,unit\n"
            + "E06000006,"
            + INDICATOR
            + ",2040-41,,,12,weeks\n");
    Result result =
        imports.importFile(
            Format.GENERIC, file, "waiting.csv", null, "analyst@example.org", rows -> {});
    assertThat(result).isInstanceOf(Result.Imported.class);
    return ((Result.Imported) result).importId();
  }
}
