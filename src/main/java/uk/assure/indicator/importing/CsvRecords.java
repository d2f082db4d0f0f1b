package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a CSV file (RFC 4180: commas between values, values in double quotes may
 * hold commas, line breaks and doubled quotes) in one pass over a buffer, with no regular
 * expressions and no copying beyond the values themselves, for files of hundreds of thousands of
 * rows. Empty lines are skipped and values are stripped of surrounding white space, as published
 * files are read everywhere else in Assure.
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

  private static final char QUOTE = '"';
  private static final char COMMA = ',';

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder spill = new StringBuilder();
  private final List<String> values = new ArrayList<>();
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** Reads the next record; false at the end of the file. */
  boolean next() throws IOException, Malformed {
    values.clear();
    while (true) {
      int c = peek();
      if (c == -1) {
        return false;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      break;
    }
    recordLine = line;
    while (true) {
      values.add(peek() == QUOTE ? quoted() : plain());
      int c = peek();
      if (c == COMMA) {
        position++;
        continue;
      }
      if (c != -1) {
        endOfLine();
      }
      return true;
    }
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

  private String plain() throws IOException {
    spill.setLength(0);
    while (true) {
      int start = position;
      int end = start;
      while (end < limit) {
        char c = buffer[end];
        if (c == COMMA || c == '\n' || c == '\r') {
          position = end;
          return value(start, end);
        }
        end++;
      }
      spill.append(buffer, start, end - start);
      position = end;
      if (!fill()) {
        return clean(spill.toString());
      }
    }
  }

  private String value(int start, int end) {
    if (spill.isEmpty()) {
      while (start < end && buffer[start] <= ' ') {
        start++;
      }
      while (end > start && buffer[end - 1] <= ' ') {
        end--;
      }
      return clean(new String(buffer, start, end - start));
    }
    spill.append(buffer, start, end - start);
    return clean(spill.toString());
  }

  private String quoted() throws IOException, Malformed {
    long opened = line;
    position++;
    spill.setLength(0);
    while (true) {
      int c = read();
      if (c == -1) {
        throw new Malformed(opened, "a value opened with a double quote is never closed");
      }
      if (c == QUOTE) {
        if (peek() == QUOTE) {
          position++;
          spill.append(QUOTE);
          continue;
        }
        break;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      spill.append((char) c);
    }
    while (true) {
      int c = peek();
      if (c == COMMA || c == '\n' || c == '\r' || c == -1) {
        return clean(spill.toString());
      }
      if (c != ' ' && c != '\t') {
        throw new Malformed(opened, "there is text after a closing double quote");
      }
      position++;
    }
  }

  private static String clean(String value) {
    return value.trim().strip();
  }

  private void endOfLine() throws IOException {
    if (read() == '\r' && peek() == '\n') {
      position++;
    }
    line++;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }
}
