package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a CSV file (RFC 4180: commas between values, values in double quotes may
 * hold commas, line breaks and doubled quotes) one at a time through Apache Commons CSV, saying on
 * which line of the file each record starts. Empty lines are skipped and values are stripped of
 * surrounding white space, as published files are read everywhere else in Assure.
 *
 * <p>A thread of its own reads ahead (decoding the file and splitting it into records) while the
 * caller checks the records already read, so large files take the time of the slower of the two,
 * not of both. Records, and any problem, arrive in the file's order; closing stops the reading.
 */
final class CsvRecords implements AutoCloseable {

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

  /** How many records are handed from the reading thread at once. */
  private static final int CHUNK = 500;

  /**
   * Records read ahead with the line each starts on; the last chunk ends the file, or says what
   * stopped the reading there.
   */
  private record Chunk(List<List<String>> records, long[] lines, boolean last, Throwable failure) {}

  private final BlockingQueue<Chunk> ahead = new ArrayBlockingQueue<>(16);
  private final AtomicBoolean closed = new AtomicBoolean();
  private Chunk chunk;
  private int index;
  private List<String> values = List.of();
  private long recordLine;

  CsvRecords(Reader in) throws IOException {
    CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
    Thread reading = new Thread(() -> readAhead(parser), "csv-read-ahead");
    reading.setDaemon(true);
    reading.start();
  }

  /** Reads the next record; false at the end of the file. */
  boolean next() throws IOException, Malformed {
    while (chunk == null || index == chunk.records().size()) {
      if (chunk != null && chunk.last()) {
        if (chunk.failure() != null) {
          throw rethrown(chunk.failure());
        }
        return false;
      }
      try {
        chunk = ahead.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Stopped while reading the file");
      }
      index = 0;
    }
    values = chunk.records().get(index);
    recordLine = chunk.lines()[index];
    index++;
    return true;
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

  /** Stops reading ahead; the caller closes the file itself. */
  @Override
  public void close() {
    closed.set(true);
  }

  private void readAhead(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    List<List<String>> read = new ArrayList<>(CHUNK);
    long[] lines = new long[CHUNK];
    try {
      try {
        while (true) {
          long linesBefore = parser.getCurrentLineNumber();
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              hand(new Chunk(read, lines, true, null));
              return;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            // Not CSV, or bytes that are not in the file's encoding, or the file could not be read.
            Exception failure =
                e.getCause() instanceof CSVException notCsv
                    ? malformed(linesBefore + 1, notCsv)
                    : e.getCause();
            hand(new Chunk(read, lines, true, failure));
            return;
          }
          String[] stripped = record.values();
          long breaksInside = 0;
          for (int i = 0; i < stripped.length; i++) {
            String value = stripped[i];
            if (value.indexOf('\n') >= 0) {
              breaksInside += lineBreaks(value);
            }
            stripped[i] = value.strip();
          }
          // The parser has counted the line breaks read so far, those inside quoted values
          // included; a last record without a line break of its own has not been counted yet.
          long linesAfter = parser.getCurrentLineNumber();
          boolean ended = linesAfter > linesBefore + breaksInside;
          lines[read.size()] = (ended ? linesAfter : linesAfter + 1) - breaksInside;
          read.add(Arrays.asList(stripped));
          if (read.size() == CHUNK) {
            hand(new Chunk(read, lines, false, null));
            read = new ArrayList<>(CHUNK);
            lines = new long[CHUNK];
          }
        }
      } catch (RuntimeException | Error e) {
        // Anything else that stops the reading reaches the caller too, after the records before
        // it, rather than leaving the caller waiting for records that will never come.
        hand(new Chunk(read, lines, true, e));
      }
    } catch (InterruptedException e) {
      // Closed before the end of the file: nobody is reading any more.
    }
  }

  private void hand(Chunk read) throws InterruptedException {
    while (!ahead.offer(read, 100, TimeUnit.MILLISECONDS)) {
      if (closed.get()) {
        throw new InterruptedException("Closed");
      }
    }
  }

  /** What stopped the reading, thrown as itself, or returned to be thrown if unchecked. */
  private static RuntimeException rethrown(Throwable failure) throws IOException, Malformed {
    if (failure instanceof Malformed malformed) {
      throw malformed;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }

  private static long lineBreaks(String value) {
    long breaks = 0;
    for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
      breaks++;
    }
    return breaks;
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
