package uk.assure.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.assure.shared.csv.SpreadsheetText;

/**
 * The open data as CSV: RFC 4180 (comma separated, CRLF line ends, quotes where needed), UTF-8,
 * with a header row. Text that could run as a spreadsheet formula starts with an apostrophe.
 */
public final class RatingsCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private RatingsCsv() {}

  public static byte[] write(OpenDataset dataset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(
                writer,
                FORMAT.builder().setHeader(dataset.header().toArray(String[]::new)).get())) {
      for (OpenDataRow row : dataset.rows()) {
        csv.printRecord(values(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<Object> values(OpenDataRow row) {
    List<Object> values = new ArrayList<>();
    for (Object cell : row.cells()) {
      values.add(
          cell instanceof String text
              ? SpreadsheetText.csvCell(text)
              : cell instanceof LocalDate date ? date.toString() : cell);
    }
    return values;
  }
}
