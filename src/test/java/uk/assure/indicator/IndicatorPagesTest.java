package uk.assure.indicator;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.indicator.importing.IndicatorImports;

/** From a published file to the council's indicators page, API and CSV download. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorPagesTest {

  // Kingston upon Hull, used only by this class.
  private static final String HULL = "E06000010";
  private static final String FILE =
      "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
          + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
          + "810,Kingston upon Hull,Local authority,E06000010,2B(1),65 and over,Numerator,880,2B\n"
          + "810,Kingston upon Hull,Local authority,E06000010,2B(1),65 and over,Denominator,1000,2B\n"
          + "810,Kingston upon Hull,Local authority,E06000010,2B(1),65 and over,Outcome,88.0,2B\n"
          + "E,England,National,E92000001,2B(1),65 and over,Outcome,83.7,2B\n";

  @TempDir Path folder;
  @Autowired IndicatorImports imports;
  @Autowired MockMvc mvc;

  @BeforeEach
  void hullsFiguresAreImported() throws Exception {
    Path file = folder.resolve("hull.csv");
    Files.writeString(file, FILE, StandardCharsets.UTF_8);
    imports.importFile(
        IndicatorImports.Format.ASCOF, file, "hull.csv", "2021-22", "test", rows -> {});
  }

  @Test
  void theApiGivesTheIntervalAndTheComparisonWithEngland() throws Exception {
    mvc.perform(get("/api/v1/councils/" + HULL + "/indicators").param("measure", "2B(1)"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].measure").value("2B(1)"))
        .andExpect(jsonPath("$[0].period").value("2021-22"))
        .andExpect(jsonPath("$[0].disaggregation").value("65 and over"))
        .andExpect(jsonPath("$[0].value").value(88.0))
        .andExpect(jsonPath("$[0].numerator").value(880))
        .andExpect(jsonPath("$[0].lower").value(85.8))
        .andExpect(jsonPath("$[0].upper").value(89.9))
        .andExpect(jsonPath("$[0].england").value(83.7))
        .andExpect(jsonPath("$[0].comparison").value("better"))
        .andExpect(
            jsonPath("$[0].method").value("95% Wilson score interval excludes the England value"));
  }

  @Test
  void councilsAreRankedWithTheBestFirstWhereLowerIsBetter() throws Exception {
    StringBuilder file =
        new StringBuilder(
            "Geographical Code,Geographical Description,Geographical Level,ONS Code,"
                + "ASCOF Measure Code,Disaggregation Level,Measure Type,Measure Value,Measure Group\n");
    String[] councils = {"E06000011", "E06000012", "E06000013", "E06000014"};
    for (int i = 0; i < councils.length; i++) {
      file.append(
          "9"
              + i
              + "0,Council,Local authority,"
              + councils[i]
              + ",2A(2),Total,Outcome,"
              + (500 + 100 * i)
              + ",2A\n");
    }
    Path csv = folder.resolve("ranks.csv");
    Files.writeString(csv, file.toString(), StandardCharsets.UTF_8);
    imports.importFile(
        IndicatorImports.Format.ASCOF, csv, "ranks.csv", "2020-21", "test", rows -> {});

    mvc.perform(get("/api/v1/councils/E06000011/indicators").param("measure", "2A(2)"))
        .andExpect(jsonPath("$[0].rank").value(1))
        .andExpect(jsonPath("$[0].rankedCouncils").value(4))
        .andExpect(jsonPath("$[0].quartile").value(1));
    mvc.perform(get("/api/v1/councils/E06000014/indicators").param("measure", "2A(2)"))
        .andExpect(jsonPath("$[0].rank").value(4))
        .andExpect(jsonPath("$[0].quartile").value(4));
  }

  @Test
  void badFiltersAndUnknownCouncilsAreProblems() throws Exception {
    mvc.perform(get("/api/v1/councils/" + HULL + "/indicators").param("period", "<script>"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"));
    mvc.perform(get("/api/v1/councils/E06999999/indicators")).andExpect(status().isNotFound());
  }

  @Test
  void thePageShowsAPanelPerStatementAndTheFiguresDownloadAsCsv() throws Exception {
    mvc.perform(get("/councils/" + HULL + "/indicators"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("QS6 Safe pathways, systems and transitions")))
        .andExpect(content().string(containsString("Better than England")))
        .andExpect(content().string(containsString("<svg")))
        .andExpect(content().string(containsString("Which councils this one is compared with")));
    mvc.perform(get("/councils/" + HULL + "/indicators.csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "measure,name,period,disaggregation,status,value,numerator,denominator,"
                            + "lower,upper,england,region,council_type,comparator,comparison,method,"
                            + "trend,unit,rank,ranked_councils,quartile")))
        .andExpect(content().string(containsString("88.0,880,1000,85.8,89.9,83.7")))
        .andExpect(content().string(containsString("2B(1)")));
  }
}
