package uk.assure.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.indicator.importing.IndicatorImports.Format;
import uk.assure.indicator.importing.IndicatorImports.Result;

/** Importing small files made in each real published shape, on a real database. */
@Tag("database")
@SpringBootTest
class IndicatorImportsTest {

  // Hartlepool, Middlesbrough and Redcar are used only by this class's files.
  private static final String NEW_ERA =
      "\uFEFFGeographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
          + "Disaggregation Level,Measure Type,Measure Value,Measure Group,Measure Group Description\n"
          + "724,Hartlepool,Local authority,E06000001,2D,Total,Numerator,83,2D,Reablement\n"
          + "724,Hartlepool,Local authority,E06000001,2D,Total,Denominator,100,2D,Reablement\n"
          + "724,Hartlepool,Local authority,E06000001,2D,Total,Outcome,83.0,2D,Reablement\n"
          + "728,Middlesbrough,Local authority,E06000002,2D,Total,Outcome,[c],2D,Reablement\n"
          + "728,Middlesbrough,Local authority,E06000002,2D,Total,Numerator,[x],2D,Reablement\n"
          + "738,Redcar and Cleveland,Local authority,E06000003,2D,Total,Outcome,[z],2D,Reablement\n"
          + "A,North East,Regional,E12000001,2D,Total,Outcome,80.5,2D,Reablement\n"
          + "999,England,National,E92000001,2D,Total,Outcome,81.9,2D,Reablement\n";

  private static final String OLD_ERA =
      "Geographical Code,Geographical Description,Geographical Level,ONS Area Code,ASCOF Measure Code,"
          + "Disaggregation,Measure Type,Measure value,Measure Group,Measure Group Description\n"
          + "724,Hartlepool,Council,E06000001,2B(1),65 and over,Outcome,87.2,2B,Caf\u00e9 r\u00e9ablement\n"
          + "728,Middlesbrough,Council,E06000002,2B(1),65 and over,Outcome,c,2B,Caf\u00e9\n"
          + "738,Redcar,Council,E06000003,2B(1),65 and over,Outcome,:,2B,x\n"
          + "738,Redcar,Council,E06000003,2B(1),65 and over,Base,x,2B,x\n"
          + "UA,Unitary authorities,Council Type,,2B(1),65 and over,Outcome,82.0,2B,x\n"
          + "E,England,England,E92000001,2B(1),65 and over,Outcome,83.7,2B,x\n";

  @TempDir Path folder;
  @Autowired IndicatorImports imports;
  @Autowired JdbcClient jdbc;
  @Autowired uk.assure.council.CouncilRegistry registry;
  @Autowired CouncilIndicators indicators;

  @Test
  void readsTheNewerShapeKeepingMarkersAsSuppressedOrNotAvailable() throws IOException {
    Result result = run(Format.ASCOF, write("new.csv", NEW_ERA, StandardCharsets.UTF_8), "2023-24");

    assertThat(result).isInstanceOf(Result.Imported.class);
    assertThat(value("2023-24", "2D", "E06000001")).isEqualByComparingTo("83.0");
    assertThat(status("2023-24", "2D", "E06000001")).isEqualTo("available");
    assertThat(status("2023-24", "2D", "E06000002")).isEqualTo("suppressed");
    assertThat(value("2023-24", "2D", "E06000002")).isNull();
    assertThat(status("2023-24", "2D", "E06000003")).isEqualTo("not_available");
    assertThat(value("2023-24", "2D", "E92000001")).isEqualByComparingTo("81.9");
    assertThat(
            jdbc.sql(
                    "SELECT numerator FROM indicator_values WHERE period = '2023-24' AND area_code = 'E06000001'")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("83");
  }

  @Test
  void readsTheOlderShapeInWindows1252WithItsOtherHeaderNames() throws IOException {
    Result result =
        run(Format.ASCOF, write("old.csv", OLD_ERA, Charset.forName("windows-1252")), "2019-20");

    assertThat(result).isInstanceOf(Result.Imported.class);
    assertThat(value("2019-20", "2B(1)", "E06000001")).isEqualByComparingTo("87.2");
    assertThat(status("2019-20", "2B(1)", "E06000002")).isEqualTo("suppressed");
    assertThat(status("2019-20", "2B(1)", "E06000003")).isEqualTo("not_available");
    assertThat(
            jdbc.sql(
                    "SELECT measure_group FROM indicator_values WHERE period = '2019-20' AND area_code = 'E06000001'")
                .query(String.class)
                .single())
        .isEqualTo("2B");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM indicator_values WHERE period = '2019-20' AND area_level = 'council_type'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFileWithABadRowIsRefusedWholeWithTheRowAndColumn() throws IOException {
    String bad =
        NEW_ERA.replace("2D,Total,Outcome,83.0", "2D,Total,Outcome,eighty").replace("2023", "2024");
    long before = jdbc.sql("SELECT count(*) FROM indicator_values").query(Long.class).single();

    Result result = run(Format.ASCOF, write("bad.csv", bad, StandardCharsets.UTF_8), "2024-25");

    assertThat(result).isInstanceOf(Result.Rejected.class);
    var problem = ((Result.Rejected) result).problems().get(0);
    assertThat(problem.row()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo("Measure Value");
    assertThat(problem.value()).isEqualTo("eighty");
    assertThat(jdbc.sql("SELECT count(*) FROM indicator_values").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void importingTheSameFileAgainChangesNothingAndLearntCodesMatchLaterFiles() throws IOException {
    Path file = write("again.csv", NEW_ERA.replace("2D,", "1A,"), StandardCharsets.UTF_8);
    run(Format.ASCOF, file, "2022-23");
    long after = jdbc.sql("SELECT count(*) FROM indicator_values").query(Long.class).single();
    run(Format.ASCOF, file, "2022-23");
    assertThat(jdbc.sql("SELECT count(*) FROM indicator_values").query(Long.class).single())
        .isEqualTo(after);

    String codesOnly =
        "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
            + "724,Hartlepool,Local authority,,3A,Total,Outcome,61.5,3A\n"
            + "999,Nowhere,Local authority,E06999999,3A,Total,Outcome,50,3A\n";
    Result later =
        run(Format.ASCOF, write("codes.csv", codesOnly, StandardCharsets.UTF_8), "2022-23");

    assertThat(value("2022-23", "3A", "E06000001")).isEqualByComparingTo("61.5");
    assertThat(later.unmatched()).containsExactly("Nowhere (ONS code E06999999, council code 999)");
  }

  @Test
  void readsWorkforceFiguresByCouncilNameWithTheCombinedCornishArea() throws IOException {
    String workforce =
        "CSSR (LA area),Sector,Service,Job role,Turnover rate,Vacancy rate\n"
            + "Stockton On Tees UA,All,All,All,25.1%,9.9%\n"
            + "Cornwall and Isles of Scilly,All,All,All,0.301,*\n"
            + "England,All,All,All,28.3%,8.1%\n"
            + "Atlantis,All,All,All,1%,1%\n";

    Result result =
        run(Format.WORKFORCE, write("workforce.csv", workforce, StandardCharsets.UTF_8), "2024-25");

    assertThat(result).isInstanceOf(Result.Imported.class);
    assertThat(((Result.Imported) result).notes())
        .anySatisfy(n -> assertThat(n).contains("Isles of Scilly"));
    assertThat(result.unmatched()).containsExactly("Atlantis");
    assertThat(value("2024-25", "workforce_turnover_rate", "E06000004"))
        .isEqualByComparingTo("25.1");
    assertThat(value("2024-25", "workforce_turnover_rate", "E06000052"))
        .isEqualByComparingTo("30.1");
    assertThat(status("2024-25", "workforce_vacancy_rate", "E06000052")).isEqualTo("suppressed");
  }

  @Test
  void readsTheGenericAndSurveyLayouts() throws IOException {
    String generic =
        "gss,indicator,period,numerator,denominator,value,unit\n"
            + "E06000005,Days waiting for an assessment,2025-Q1,,,41,days\n";
    String survey =
        "gss,survey,period,question,answer,percentage,base,margin_of_error\n"
            + "E06000005,ASCS,2023-24,Q3a,Extremely or very satisfied,64.2,310,5.3\n";

    assertThat(run(Format.GENERIC, write("generic.csv", generic, StandardCharsets.UTF_8), null))
        .isInstanceOf(Result.Imported.class);
    assertThat(run(Format.SURVEY, write("survey.csv", survey, StandardCharsets.UTF_8), null))
        .isInstanceOf(Result.Imported.class);
    assertThat(value("2025-Q1", "Days waiting for an assessment", "E06000005"))
        .isEqualByComparingTo("41");
    assertThat(
            jdbc.sql(
                    "SELECT margin_of_error FROM indicator_values WHERE measure_code = 'ASCS Q3a' AND area_code = 'E06000005'")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("5.3");
  }

  @Test
  void aMissingPeriodOrColumnIsRefused() throws IOException {
    assertThat(run(Format.ASCOF, write("p.csv", NEW_ERA, StandardCharsets.UTF_8), null))
        .isInstanceOf(Result.Rejected.class);
    Result noColumns =
        run(Format.ASCOF, write("h.csv", "a,b\n1,2\n", StandardCharsets.UTF_8), "2021-22");
    assertThat(((Result.Rejected) noColumns).problems())
        .anySatisfy(p -> assertThat(p.reason()).contains("missing from the header"));
  }

  private Result run(Format format, Path file, String period) throws IOException {
    return imports.importFile(
        format, file, file.getFileName().toString(), period, "test", rows -> {});
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private BigDecimal value(String period, String measure, String area) {
    return jdbc.sql(
            "SELECT value FROM indicator_values WHERE period = ? AND measure_code = ? AND area_code = ?")
        .params(period, measure, area)
        .query((row, n) -> row.getBigDecimal(1))
        .list()
        .get(0);
  }

  private String status(String period, String measure, String area) {
    return jdbc.sql(
            "SELECT status FROM indicator_values WHERE period = ? AND measure_code = ? AND area_code = ?")
        .params(period, measure, area)
        .query(String.class)
        .single();
  }
}
