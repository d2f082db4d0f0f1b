package uk.assure.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.assure.shared.csv.SpreadsheetText;

/**
 * The open data as an Excel workbook: a "Ratings" sheet with a header row and typed cells (numbers
 * as numbers, the publication date as a date, demonstration as true or false), and an "About" sheet
 * with the notes, credits and each field's type and meaning. Text is always stored as text, never
 * as a formula; text that starts like a formula is also quote-prefixed so editing it in a
 * spreadsheet keeps it text.
 */
public final class RatingsXlsx {

  static final String RATINGS_SHEET = "Ratings";
  static final String ABOUT_SHEET = "About";

  private RatingsXlsx() {}

  public static byte[] write(OpenDataset dataset) {
    try (Workbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      ratings(workbook.createSheet(RATINGS_SHEET), dataset, styles);
      about(workbook.createSheet(ABOUT_SHEET), dataset, styles);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ratings(Sheet sheet, OpenDataset dataset, Styles styles) {
    Row header = sheet.createRow(0);
    int column = 0;
    for (String name : dataset.header()) {
      text(header, column++, name, styles).setCellStyle(styles.header);
    }
    int index = 1;
    for (OpenDataRow values : dataset.rows()) {
      Row row = sheet.createRow(index++);
      List<Object> cells = values.cells();
      for (column = 0; column < cells.size(); column++) {
        Object value = cells.get(column);
        if (value instanceof String text) {
          text(row, column, text, styles);
        } else if (value instanceof Integer number) {
          row.createCell(column).setCellValue(number);
        } else if (value instanceof LocalDate date) {
          var cell = row.createCell(column);
          cell.setCellValue(date);
          cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean flag) {
          row.createCell(column).setCellValue(flag);
        } else {
          // Not assessed: an empty cell.
          row.createCell(column);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setColumnWidth(1, 36 * 256);
    sheet.setColumnWidth(2, 22 * 256);
    sheet.setColumnWidth(4, 12 * 256);
  }

  private static void about(Sheet sheet, OpenDataset dataset, Styles styles) {
    int index = 0;
    text(sheet.createRow(index++), 0, dataset.title(), styles).setCellStyle(styles.header);
    for (String note : dataset.notes()) {
      text(sheet.createRow(index++), 0, note, styles);
    }
    index++;
    Row header = sheet.createRow(index++);
    text(header, 0, "field", styles).setCellStyle(styles.header);
    text(header, 1, "type", styles).setCellStyle(styles.header);
    text(header, 2, "meaning", styles).setCellStyle(styles.header);
    for (OpenDataField field : dataset.fields()) {
      Row row = sheet.createRow(index++);
      text(row, 0, field.name(), styles);
      text(row, 1, field.type(), styles);
      text(row, 2, field.meaning(), styles);
    }
    sheet.setColumnWidth(0, 16 * 256);
    sheet.setColumnWidth(2, 100 * 256);
  }

  private static org.apache.poi.ss.usermodel.Cell text(
      Row row, int column, String value, Styles styles) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (SpreadsheetText.looksLikeFormula(value)) {
      cell.setCellStyle(styles.quoted);
    }
    return cell;
  }

  private static final class Styles {

    final CellStyle header;
    final CellStyle date;
    final CellStyle quoted;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
    }
  }
}
