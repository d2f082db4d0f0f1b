package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a CSV file (RFC 4180: commas between values, values in double quotes may
 * hold commas, line breaks and doubled quotes) one at a time through Apache Commons CSV, saying on
 * which line of the file each record starts. Empty lines are skipped and values are stripped of
 * surrounding white space, as published files are read everywhere else in Assure.
 */
final class CsvRecords {

  /** A record that cannot be read: a quoted value left open, or text after a closing quote. */
  static final class Malformed extends Exception {
    private final long line;

    Malformed(long line, String reason) {
      super(reason);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .setTrim(true)
          .get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> values = new ArrayList<>();
  private long recordLine;

  CsvRecords(Reader in) throws IOException {
    this.parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
    this.records = parser.iterator();
  }

  /** Reads the next record; false at the end of the file. */
  boolean next() throws IOException, Malformed {
    values.clear();
    long linesBefore = parser.getCurrentLineNumber();
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return false;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException notCsv) {
        throw malformed(linesBefore + 1, notCsv);
      }
      // Bytes that are not in the file's encoding, or the file could not be read.
      throw e.getCause();
    }
    long breaksInside = 0;
    for (String value : record) {
      values.add(value.strip());
      if (value.indexOf('\n') >= 0) {
        breaksInside += lineBreaks(value);
      }
    }
    // The parser has counted the line breaks read so far, those inside quoted values included; a
    // last record without a line break of its own has not been counted yet.
    long linesAfter = parser.getCurrentLineNumber();
    boolean ended = linesAfter > linesBefore + breaksInside;
    recordLine = (ended ? linesAfter : linesAfter + 1) - breaksInside;
    return true;
  }

  private static long lineBreaks(String value) {
    long breaks = 0;
    for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
      breaks++;
    }
    return breaks;
  }

  /** The values of the record just read. */
  List<String> values() {
    return values;
  }

  /** The value in a column, or empty text when the record is shorter. */
  String get(int column) {
    return column < values.size() ? values.get(column) : "";
  }

  /** The line of the file the record just read starts on, counting the header as line 1. */
  long line() {
    return recordLine;
  }

  private static Malformed malformed(long line, CSVException e) {
    String said = String.valueOf(e.getMessage());
    if (said.contains("EOF reached before encapsulated token finished")) {
      return new Malformed(line, "a value opened with a double quote is never closed");
    }
    if (said.contains("between encapsulated token and delimiter")) {
      return new Malformed(line, "there is text after a closing double quote");
    }
    return new Malformed(line, "the row cannot be read as CSV");
  }
}
