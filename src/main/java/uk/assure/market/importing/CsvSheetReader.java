package uk.assure.market.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams the care directory's sheet saved as CSV (UTF-8, with or without a byte order mark). */
final class CsvSheetReader implements SheetReader {

  @Override
  public boolean read(Path file, String sheet, RowSink sink) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      long number = 0;
      for (CSVRecord record : parser) {
        number++;
        List<String> cells = new ArrayList<>(record.toList());
        if (number == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
          cells.set(0, cells.get(0).substring(1));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
          cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
          sink.row(number, cells);
        }
      }
      return true;
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
