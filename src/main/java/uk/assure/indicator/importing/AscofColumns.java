package uk.assure.indicator.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each column Assure reads is in an ASCOF file, or {@link #MISSING}: found in the header by
 * name, in any letter case and spacing, under the names published files have used.
 */
record AscofColumns(
    int level,
    int geoCode,
    int geoName,
    int ons,
    int measure,
    int disaggregation,
    int type,
    int value,
    int group) {

  /** The position of a column the file does not have. */
  static final int MISSING = -1;

  private static final String BOM = "\uFEFF";
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * Locates the columns among the header's names (none for a file with no header); a byte order
   * mark before the first name is dropped when the file is read as UTF-8.
   */
  static AscofColumns locate(List<String> names, Charset charset) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (i == 0 && charset.equals(StandardCharsets.UTF_8) && name.startsWith(BOM)) {
        name = name.substring(1);
      }
      columns.putIfAbsent(normalise(name), i);
    }
    return new AscofColumns(
        column(columns, "Geographical Level"),
        column(columns, "Geographical Code"),
        column(columns, "Geographical Description"),
        column(columns, "ONS Code", "ONS Area Code"),
        column(columns, "ASCOF Measure Code"),
        column(columns, "Disaggregation Level", "Disaggregation"),
        column(columns, "Measure Type"),
        column(columns, "Measure Value"),
        column(columns, "Measure Group"));
  }

  /** The names of the columns Assure cannot read a file without that this file lacks. */
  List<String> missing() {
    return Map.of(
            "Geographical Level", level,
            "ASCOF Measure Code", measure,
            "Measure Type", type,
            "Measure Value", value,
            "ONS Code", ons)
        .entrySet()
        .stream()
        .filter(required -> required.getValue() == MISSING)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static int column(Map<String, Integer> columns, String... names) {
    for (String name : names) {
      Integer index = columns.get(normalise(name));
      if (index != null) {
        return index;
      }
    }
    return MISSING;
  }

  private static String normalise(String header) {
    return WHITE_SPACE
        .matcher(header.replace(BOM, "").strip())
        .replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }
}
