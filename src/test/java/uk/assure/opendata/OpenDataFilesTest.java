package uk.assure.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three writers on their own: same values, formulas kept out, demonstration rows marked. */
class OpenDataFilesTest {

  private static final List<String> CODES = List.of("QS1", "QS2", "QS3");
  private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Click\")";

  private final OpenDataset dataset =
      new OpenDataset(
          "Test ratings",
          CODES,
          fields(),
          List.of(
              new OpenDataRow(
                  "E06000099",
                  FORMULA,
                  "good",
                  75,
                  LocalDate.of(2026, 2, 10),
                  List.of(3, 3, 3),
                  false),
              new OpenDataRow(
                  "E06000098",
                  "@SUM(A1:A9), \"quoted\"",
                  "inadequate",
                  25,
                  LocalDate.of(2025, 12, 31),
                  Arrays.asList(1, null, 1),
                  true),
              new OpenDataRow(
                  "E06000097",
                  "-1+2",
                  "outstanding",
                  100,
                  LocalDate.of(2024, 2, 29),
                  List.of(4, 4, 4),
                  false)),
          List.of("A note", "+Credits that start like a formula"));

  @Test
  void theThreeFormatsReadBackToTheSameRowsAndValues() throws Exception {
    var csv = OpenDataReader.csv(RatingsCsv.write(dataset));
    var json = OpenDataReader.json(RatingsJson.write(dataset));
    var xlsx = OpenDataReader.xlsx(RatingsXlsx.write(dataset));

    assertThat(csv).hasSize(3);
    assertThat(json).isEqualTo(csv);
    assertThat(xlsx).isEqualTo(csv);
    assertThat(csv.get(1))
        .containsEntry("name", "@SUM(A1:A9), \"quoted\"")
        .containsEntry("qs2", null)
        .containsEntry("published", LocalDate.of(2025, 12, 31))
        .containsEntry("percentage", 25);
  }

  @Test
  void demonstrationRowsAreMarkedInEveryFormat() throws Exception {
    for (var rows :
        List.of(
            OpenDataReader.csv(RatingsCsv.write(dataset)),
            OpenDataReader.json(RatingsJson.write(dataset)),
            OpenDataReader.xlsx(RatingsXlsx.write(dataset)))) {
      assertThat(rows).extracting(r -> r.get("demonstration")).containsExactly(false, true, false);
    }
    assertThat(new String(RatingsJson.write(dataset), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"containsDemonstrationData\" : true");
  }

  @Test
  void textThatLooksLikeAFormulaStaysTextInCsv() throws Exception {
    var raw = OpenDataReader.csvText(RatingsCsv.write(dataset));

    assertThat(raw)
        .extracting(r -> r.get("name"))
        .containsExactly("'" + FORMULA, "'@SUM(A1:A9), \"quoted\"", "'-1+2");
    assertThat(raw.get(0).get("gss")).isEqualTo("E06000099");
  }

  @Test
  void textThatLooksLikeAFormulaIsAQuotePrefixedTextCellInXlsxNeverAFormula() throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(RatingsXlsx.write(dataset)))) {
      var sheet = workbook.getSheet(RatingsXlsx.RATINGS_SHEET);
      for (int r = 1; r <= 3; r++) {
        var name = sheet.getRow(r).getCell(1);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      }
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(FORMULA);
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      var about = workbook.getSheet(RatingsXlsx.ABOUT_SHEET);
      List<String> texts = new ArrayList<>();
      about.forEach(
          row ->
              row.forEach(
                  cell -> {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    texts.add(cell.getStringCellValue());
                  }));
      assertThat(texts).contains("Test ratings", "+Credits that start like a formula", "qs2");
    }
  }

  @Test
  void theSpreadsheetHasAHeaderRowAndTypedCells() throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(RatingsXlsx.write(dataset)))) {
      var sheet = workbook.getSheet(RatingsXlsx.RATINGS_SHEET);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header)
          .containsExactly(
              "gss",
              "name",
              "rating",
              "percentage",
              "published",
              "qs1",
              "qs2",
              "qs3",
              "demonstration");
      var row = sheet.getRow(1);
      assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
      assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.BOOLEAN);
    }
  }

  @Test
  void rowsMustCarryAScoreSlotForEveryStatement() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new OpenDataset(
                    "t",
                    CODES,
                    fields(),
                    List.of(
                        new OpenDataRow(
                            "E06000099",
                            "x",
                            "good",
                            75,
                            LocalDate.of(2026, 1, 1),
                            List.of(3),
                            false)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFieldsMustMatchTheColumnsOfEveryRow() {
    List<OpenDataField> missingDemonstration = new ArrayList<>(fields());
    missingDemonstration.remove(missingDemonstration.size() - 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new OpenDataset("t", CODES, missingDemonstration, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<OpenDataField> fields() {
    List<OpenDataField> fields = new ArrayList<>();
    for (String name : List.of("gss", "name", "rating")) {
      fields.add(new OpenDataField(name, "text", "meaning of " + name));
    }
    fields.add(new OpenDataField("percentage", "integer", "m"));
    fields.add(new OpenDataField("published", "date", "m"));
    for (String code : CODES) {
      fields.add(new OpenDataField(code.toLowerCase(), "integer", "m"));
    }
    fields.add(new OpenDataField("demonstration", "boolean", "m"));
    return fields;
  }
}
