package uk.assure.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.MarketGroup;
import uk.assure.market.importing.ProblemKind;

/**
 * The care directory imported into dated snapshots on the real database, and the figures given by
 * the API. Only this class writes the care market tables, so it empties them before each test.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CareMarketImportsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final String BRISTOL = "E06000023";
  private static final String HEADER =
      "Location ID,Dormant (Y/N),Location Inspection Directorate,"
          + "Location Primary Inspection Category,Location Latest Overall Rating,Publication Date,"
          + "Inherited Rating (Y/N),Location Local Authority,Provider ID,"
          + "Service type - Domiciliary care service\n";

  @TempDir Path folder;
  @Autowired CareMarketImports imports;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired CareMarketRecords records;

  @BeforeEach
  void noDirectoryImported() {
    jdbc.sql("DELETE FROM care_market_snapshots").update();
  }

  private Path file(String name, String rows) throws IOException {
    return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
  }

  private Path good() throws IOException {
    return file(
        "directory.csv",
        """
        1-1,,Adult social care,Community based adult social care services,Good,01/01/2026,,"Bristol, City of",P1,Y
        1-2,,Adult social care,Residential social care,,,,"Herefordshire, County of",P2,
        1-3,,Hospitals,Acute services,Good,01/01/2026,,Bristol,P3,
        """);
  }

  private long snapshots() {
    return jdbc.sql("SELECT count(*) FROM care_market_snapshots").query(Long.class).single();
  }

  @Test
  void aFileIsStoredAsTheSnapshotOfItsDateWithEveryCouncil() throws Exception {
    var outcome = imports.importFile(good(), "directory.csv", AS_OF);

    assertThat(outcome).isEqualTo(new CareMarketImports.Stored(AS_OF, 3, 153));
    var bristol =
        imports.latest().flatMap(date -> new CareMarket(records).latest(new GssCode(BRISTOL)));
    assertThat(bristol).isPresent();
    assertThat(bristol.get().area().group(MarketGroup.COMMUNITY).rated()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM care_market_areas WHERE as_of = ?")
                .param(AS_OF)
                .query(Long.class)
                .single())
        .isEqualTo(154);
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws Exception {
    Path file = good();
    imports.importFile(file, "directory.csv", AS_OF);
    String before =
        jdbc.sql("SELECT imported_at::text FROM care_market_snapshots")
            .query(String.class)
            .single();

    assertThat(imports.importFile(file, "directory.csv", AS_OF))
        .isEqualTo(new CareMarketImports.Unchanged(AS_OF));
    assertThat(
            jdbc.sql("SELECT imported_at::text FROM care_market_snapshots")
                .query(String.class)
                .single())
        .isEqualTo(before);
  }

  @Test
  void aSecondDateIsASecondSnapshotAndTheLatestIsShown() throws Exception {
    imports.importFile(good(), "directory.csv", AS_OF);
    imports.importFile(good(), "directory.csv", AS_OF.plusMonths(1));

    assertThat(snapshots()).isEqualTo(2);
    assertThat(imports.latest()).contains(AS_OF.plusMonths(1));
  }

  @Test
  void aRefusedFileStoresNothing() throws Exception {
    imports.importFile(good(), "directory.csv", AS_OF);
    Path bad =
        file(
            "bad.csv",
            "1-9,,Adult social care,Residential social care,Good,32/01/2026,,Atlantis,P9,\n");

    var outcome = imports.importFile(bad, "bad.csv", AS_OF.plusMonths(1));

    assertThat(outcome).isInstanceOf(CareMarketImports.Refused.class);
    assertThat(((CareMarketImports.Refused) outcome).problems())
        .extracting(problem -> problem.kind())
        .containsExactly(ProblemKind.UNKNOWN_AUTHORITY, ProblemKind.BAD_DATE);
    assertThat(snapshots()).isEqualTo(1);
    assertThat(imports.latest()).contains(AS_OF);
  }

  @Test
  void theApiSaysNotFoundBeforeAnyImport() throws Exception {
    mvc.perform(get("/api/v1/care-market"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/v1/councils/" + BRISTOL + "/care-market"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void theApiGivesACouncilsFiguresAndEnglandsWithEveryCouncil() throws Exception {
    imports.importFile(good(), "directory.csv", AS_OF);

    mvc.perform(get("/api/v1/councils/" + BRISTOL + "/care-market"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.gss").value(BRISTOL))
        .andExpect(jsonPath("$.asOf").value("2026-11-01"))
        .andExpect(jsonPath("$.groups[0].group").value("community"))
        .andExpect(jsonPath("$.groups[0].locations").value(1))
        .andExpect(jsonPath("$.groups[0].rated").value(1))
        .andExpect(jsonPath("$.groups[0].neverRatedPct").value(0.0))
        .andExpect(jsonPath("$.groups[0].underTwoYears").value(1))
        .andExpect(jsonPath("$.groups[0].averageAgeYears").value(0.8))
        .andExpect(jsonPath("$.groups[2].group").value("all"))
        .andExpect(jsonPath("$.domiciliaryProviders").value(1))
        .andExpect(jsonPath("$.domiciliaryLocations").value(1));
    mvc.perform(get("/api/v1/care-market"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.england.gss").value("E92000001"))
        .andExpect(jsonPath("$.england.groups[2].locations").value(2))
        .andExpect(jsonPath("$.england.groups[2].outdatedPct").value(50.0))
        .andExpect(jsonPath("$.councils.length()").value(153));
    mvc.perform(get("/api/v1/councils/E99999999/care-market"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/care-market'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/councils/{gss}/care-market'].get").exists());
  }
}
