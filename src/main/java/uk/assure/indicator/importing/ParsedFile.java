package uk.assure.indicator.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.assure.shared.csv.RowProblem;

/** What a parser made of a file: values to store, problems, and councils it could not match. */
final class ParsedFile {

  final Map<String, IndicatorRow> rows = new LinkedHashMap<>();
  final List<RowProblem> problems = new ArrayList<>();
  final Set<String> unmatched = new LinkedHashSet<>();
  final List<String> notes = new ArrayList<>();
  long rowsRead;

  /** Values the parser handed over to be stored as it read, instead of keeping them in rows. */
  int valuesHandedOver;

  /** The file's SHA-256 digest, when the parser computed it while reading. */
  String sha256;

  void add(IndicatorRow row) {
    rows.put(row.key(), row);
  }

  /** How many values the file holds, each counted once. */
  int values() {
    return rows.size() + valuesHandedOver;
  }
}
