package uk.assure.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.shared.csv.SpreadsheetText;

/**
 * Reads the three open data files back with their own libraries (Commons CSV, Jackson, POI) into
 * the same shape, one map of field name to typed value per row, so they can be compared.
 */
final class OpenDataReader {

  private static final List<String> TEXT = List.of("gss", "name", "rating");

  private OpenDataReader() {}

  static List<Map<String, Object>> csv(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Map<String, Object>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String name : parser.getHeaderNames()) {
          String value = record.get(name);
          row.put(name, typed(name, value));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The raw text of each CSV cell, before the apostrophe that guards formulas is taken off. */
  static List<Map<String, String>> csvText(byte[] bytes) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      for (CSVRecord record : parser) {
        rows.add(record.toMap());
      }
    }
    return rows;
  }

  private static Object typed(String name, String value) {
    if (TEXT.contains(name)) {
      // The documented guard: an apostrophe before text that would start like a formula.
      return value.startsWith("'") && SpreadsheetText.looksLikeFormula(value.substring(1))
          ? value.substring(1)
          : value;
    }
    if (name.equals("published")) {
      return LocalDate.parse(value);
    }
    if (name.equals("demonstration")) {
      assertThat(value).isIn("true", "false");
      return Boolean.parseBoolean(value);
    }
    return value.isEmpty() ? null : Integer.valueOf(value);
  }

  static List<Map<String, Object>> json(byte[] bytes) {
    JsonNode document = JsonMapper.builder().build().readTree(bytes);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode node : document.get("ratings")) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (var property : node.properties()) {
        String name = property.getKey();
        JsonNode value = property.getValue();
        Object typed;
        if (value.isNull()) {
          typed = null;
        } else if (value.isBoolean()) {
          typed = value.booleanValue();
        } else if (value.isInt()) {
          typed = value.intValue();
        } else if (name.equals("published")) {
          typed = LocalDate.parse(value.stringValue());
        } else {
          typed = value.stringValue();
        }
        row.put(name, typed);
      }
      rows.add(row);
    }
    return rows;
  }

  static List<Map<String, Object>> xlsx(byte[] bytes) throws IOException {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheet(RatingsXlsx.RATINGS_SHEET);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          values.put(
              header.get(c), value(row.getCell(c, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK)));
        }
        rows.add(values);
      }
      return rows;
    }
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          yield cell.getLocalDateTimeCellValue().toLocalDate();
        }
        double number = cell.getNumericCellValue();
        assertThat(number).isEqualTo(Math.rint(number));
        yield (int) number;
      }
      case BLANK -> null;
      default -> throw new AssertionError("Unexpected cell " + cell.getCellType());
    };
  }
}
