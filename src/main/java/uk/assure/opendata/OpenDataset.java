package uk.assure.opendata;

import java.util.List;
import java.util.Objects;

/**
 * Everything the three open data files carry: the same rows, fields and notes whatever the format.
 *
 * @param statementCodes the quality statements in framework order; their fields are the codes in
 *     lower case ({@code qs1} ...)
 * @param fields every field in column order, with its type and meaning
 * @param notes what the data is, the demonstration data warning where it applies, and the credits
 */
public record OpenDataset(
    String title,
    List<String> statementCodes,
    List<OpenDataField> fields,
    List<OpenDataRow> rows,
    List<String> notes) {

  /** gss, name, rating, percentage, published and demonstration, besides the statements. */
  private static final int FIXED_FIELDS = 6;

  public OpenDataset {
    Objects.requireNonNull(title, "title");
    statementCodes = List.copyOf(statementCodes);
    fields = List.copyOf(fields);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    if (fields.size() != statementCodes.size() + FIXED_FIELDS) {
      throw new IllegalArgumentException(
          "Expected gss, name, rating, percentage, published, one field per statement and"
              + " demonstration, not "
              + fields.size()
              + " fields");
    }
    for (OpenDataRow row : rows) {
      if (row.scores().size() != statementCodes.size()) {
        throw new IllegalArgumentException(
            row.gss() + " has " + row.scores().size() + " scores for " + statementCodes.size());
      }
    }
  }

  /** Whether any row is illustrative demonstration data. */
  public boolean containsDemonstrationData() {
    return rows.stream().anyMatch(OpenDataRow::demonstration);
  }

  /** The field names in column order. */
  public List<String> header() {
    return fields.stream().map(OpenDataField::name).toList();
  }
}
