package uk.assure.indicator.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows in PostgreSQL's COPY text format (values separated by tabs, {@code \N} for none,
 * backslash, tab and line breaks escaped) to a COPY in progress, in blocks of about 64 KB.
 */
final class CopyText {

  private static final int BLOCK = 1 << 16;

  private final CopyIn copy;
  private final StringBuilder block = new StringBuilder(BLOCK + 1024);
  private boolean first = true;

  CopyText(CopyIn copy) {
    this.copy = copy;
  }

  CopyText value(String text) {
    separate();
    if (text == null) {
      block.append("\\N");
      return this;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> block.append("\\\\");
        case '\t' -> block.append("\\t");
        case '\n' -> block.append("\\n");
        case '\r' -> block.append("\\r");
        default -> block.append(c);
      }
    }
    return this;
  }

  CopyText value(BigDecimal number) {
    separate();
    block.append(number == null ? "\\N" : number.toString());
    return this;
  }

  void endRow() throws SQLException {
    block.append('\n');
    first = true;
    if (block.length() >= BLOCK) {
      flush();
    }
  }

  void flush() throws SQLException {
    if (!block.isEmpty()) {
      byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      block.setLength(0);
    }
  }

  private void separate() {
    if (!first) {
      block.append('\t');
    }
    first = false;
  }
}
