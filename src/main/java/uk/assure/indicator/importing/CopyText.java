package uk.assure.indicator.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Values in PostgreSQL's COPY text format, for the staging table: fields separated by tabs, {@code
 * \N} for none, and backslashes, tabs and line breaks escaped; the columns in the order of {@link
 * IndicatorImportRecords#COLUMNS}.
 */
final class CopyText {

  private CopyText() {}

  static byte[] of(List<IndicatorRow> rows, long importId) {
    StringBuilder text = new StringBuilder(rows.size() * 128);
    String id = Long.toString(importId);
    for (IndicatorRow r : rows) {
      // Source, area level and status are Assure's own codes, with nothing to escape.
      text.append(r.source());
      text(tab(text), r.measureCode());
      text(tab(text), r.measureGroup());
      text(tab(text), r.period());
      text(tab(text), r.disaggregation());
      tab(text).append(r.areaLevel().code());
      text(tab(text), r.areaCode());
      text(tab(text), r.areaName());
      tab(text).append(r.status().code());
      number(tab(text), r.value());
      number(tab(text), r.numerator());
      number(tab(text), r.denominator());
      number(tab(text), r.base());
      number(tab(text), r.marginOfError());
      text(tab(text), r.unit());
      tab(text).append(id).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder tab(StringBuilder text) {
    return text.append('\t');
  }

  private static void text(StringBuilder text, String value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    if (plain(value)) {
      text.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }

  /** Whether the text holds nothing COPY needs escaped, as almost all published text does. */
  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static void number(StringBuilder text, BigDecimal value) {
    text.append(value == null ? "\\N" : value.toString());
  }
}
