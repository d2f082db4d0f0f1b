package uk.assure.market.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small care directory files written by the tests, in each format. A cell written as a {@link
 * LocalDate} becomes a date cell (in CSV, dd/mm/yyyy text).
 */
final class DirectoryFiles {

  static final List<String> HEADER =
      List.of(
          "Location ID",
          "Location HSCA start date",
          "Dormant (Y/N)",
          "Care home?",
          "Location Name",
          "Location Inspection Directorate",
          "Location Primary Inspection Category",
          "Location Latest Overall Rating",
          "Publication Date",
          "Inherited Rating (Y/N)",
          "Location Region",
          "Location Local Authority",
          "Provider ID",
          "Provider Name",
          "Service type - Care home service with nursing",
          "Service type - Domiciliary care service");

  private DirectoryFiles() {}

  /** A location row in the header's order. */
  static List<Object> location(
      String id,
      String dormant,
      String directorate,
      String category,
      String rating,
      Object published,
      String inherited,
      String authority,
      String provider,
      String domiciliary) {
    return List.of(
        id,
        LocalDate.of(2015, 1, 1),
        dormant,
        "N",
        "Home " + id,
        directorate,
        category,
        rating,
        published,
        inherited,
        "South West",
        authority,
        provider,
        "Provider " + provider,
        "",
        domiciliary);
  }

  static Path csv(Path dir, List<List<Object>> rows) throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        Object value = row.get(i);
        String cell =
            value instanceof LocalDate date ? DirectoryDates.format(date) : String.valueOf(value);
        text.append(i > 0 ? "," : "").append('"').append(cell.replace("\"", "\"\"")).append('"');
      }
      text.append("\r\n");
    }
    Path file = dir.resolve("directory.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** An XLSX with a look-alike README sheet first and the data on the named second sheet. */
  static Path xlsx(Path dir, String sheetName, List<List<Object>> rows) throws IOException {
    Path file = dir.resolve("directory.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
      Sheet readme = workbook.createSheet("README");
      readme.createRow(0).createCell(0).setCellValue("Location ID");
      readme.getRow(0).createCell(1).setCellValue("nothing here");
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof String text && text.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dates);
          } else {
            cell.setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  /**
   * An ODS with a look-alike README sheet, then the named sheet: empty cells and rows compressed
   * with repeats as spreadsheets write them, a million empty rows at the end.
   */
  static Path ods(Path dir, String sheetName, List<List<Object>> rows) throws IOException {
    StringBuilder xml =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content
              xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
            <office:body><office:spreadsheet>
            <table:table table:name="README"><table:table-row>
            <table:table-cell office:value-type="string"><text:p>Location ID</text:p></table:table-cell>
            </table:table-row><table:table-row>
            <table:table-cell office:value-type="string"><text:p>1-README</text:p></table:table-cell>
            </table:table-row></table:table>
            """);
    xml.append("<table:table table:name=\"").append(sheetName).append("\">");
    xml.append("<table:table-column table:number-columns-repeated=\"16\"/>");
    for (List<Object> row : rows) {
      xml.append("<table:table-row>");
      for (Object value : row) {
        if (value instanceof LocalDate date) {
          xml.append("<table:table-cell office:value-type=\"date\" office:date-value=\"")
              .append(date)
              .append("T00:00:00\"><text:p>")
              .append(date.getDayOfMonth())
              .append(" Jan</text:p></table:table-cell>");
        } else if (String.valueOf(value).isEmpty()) {
          xml.append("<table:table-cell/>");
        } else {
          String text = String.valueOf(value).replace("&", "&amp;");
          // Two spaces are written as one and a text:s, as office suites do.
          text = text.replace("  ", " <text:s/>");
          xml.append("<table:table-cell office:value-type=\"string\"><text:p>")
              .append(text)
              .append("</text:p></table:table-cell>");
        }
      }
      xml.append("<table:table-cell table:number-columns-repeated=\"16368\"/></table:table-row>");
    }
    xml.append(
        "<table:table-row table:number-rows-repeated=\"1048000\">"
            + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
    xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
    Path file = dir.resolve("directory.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
