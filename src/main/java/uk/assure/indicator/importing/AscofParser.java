package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.csv.RowProblem;

/**
 * The Adult Social Care Outcomes Framework file in its long form: one figure per row (numerator,
 * denominator, outcome, base or margin of error), for councils and for region, council-type and
 * England benchmarks. Rows for the same measure, breakdown and area are gathered into one value.
 */
final class AscofParser {

  private static final String SOURCE = "ascof";
  private static final String BOM = "\uFEFF";
  private static final int MISSING = -1;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The names of area levels in published files, the commonest first. */
  private static final List<Map.Entry<String, IndicatorRow.AreaLevel>> LEVELS =
      List.of(
          Map.entry("local authority", IndicatorRow.AreaLevel.COUNCIL),
          Map.entry("council", IndicatorRow.AreaLevel.COUNCIL),
          Map.entry("region", IndicatorRow.AreaLevel.REGION),
          Map.entry("regional", IndicatorRow.AreaLevel.REGION),
          Map.entry("council type", IndicatorRow.AreaLevel.COUNCIL_TYPE),
          Map.entry("england", IndicatorRow.AreaLevel.ENGLAND),
          Map.entry("national", IndicatorRow.AreaLevel.ENGLAND));

  /** What one value is about: the figures of rows with the same key are gathered into it. */
  private record Key(String code, String breakdown, IndicatorRow.AreaLevel level, String area) {}

  /** The figures of one measure for one area and breakdown, gathered from several rows. */
  private static final class Gathered {
    String group;
    String name;
    Markers.Figure outcome;
    BigDecimal numerator;
    BigDecimal denominator;
    BigDecimal base;
    BigDecimal margin;
  }

  /** Where values go while the file is still being read. */
  interface Sink {

    /** How many values to hand over at once. */
    int batch();

    /**
     * Values read so far, each at most once in a batch, with every figure gathered for it so far.
     * {@code again} says that some of them may have been handed over in an earlier batch already.
     */
    void values(List<IndicatorRow> values, boolean again) throws InterruptedException;

    /** The file is not UTF-8 after all: forget every value handed over; it is read again. */
    void restart() throws InterruptedException;
  }

  private AscofParser() {}

  /**
   * Reads the file in one pass, checking its encoding and computing its digest as it goes: as UTF-8
   * (with or without a byte order mark) and, only if that fails somewhere, again as Windows-1252,
   * as older files are. Hands values to the sink while it reads on, for them to be stored as the
   * rest is read. A value is handed over once the rows after it are about something else (published
   * files keep the rows of one value together); should rows for it come later after all, it is
   * handed over again with every figure gathered so far, and the later hand-over wins. Nothing more
   * is handed over once a problem is found, but the file is read to the end to report every
   * problem.
   */
  static ParsedFile parse(
      Path file, String period, CouncilMatcher councils, LongConsumer progress, Sink sink)
      throws IOException, InterruptedException {
    try {
      CharsetDecoder utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return parse(file, utf8, period, councils, progress, sink);
    } catch (CharacterCodingException e) {
      sink.restart();
      CharsetDecoder windows1252 =
          WINDOWS_1252
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      return parse(file, windows1252, period, councils, progress, sink);
    }
  }

  private static ParsedFile parse(
      Path file,
      CharsetDecoder decoder,
      String period,
      CouncilMatcher councils,
      LongConsumer progress,
      Sink sink)
      throws IOException, InterruptedException {
    MessageDigest digest = sha256();
    try (Reader reader =
            new InputStreamReader(
                new DigestInputStream(Files.newInputStream(file), digest), decoder);
        CsvRecords csv = new CsvRecords(reader)) {
      ParsedFile parsed = parse(csv, decoder.charset(), period, councils, progress, sink);
      if (parsed.problems.isEmpty()) {
        parsed.sha256 = HexFormat.of().formatHex(digest.digest());
      }
      return parsed;
    }
  }

  private static ParsedFile parse(
      CsvRecords csv,
      Charset charset,
      String period,
      CouncilMatcher councils,
      LongConsumer progress,
      Sink sink)
      throws IOException, InterruptedException {
    ParsedFile parsed = new ParsedFile();
    Map<String, Integer> columns = new HashMap<>();
    try {
      if (csv.next()) {
        List<String> names = csv.values();
        for (int i = 0; i < names.size(); i++) {
          String name = names.get(i);
          if (i == 0 && charset.equals(StandardCharsets.UTF_8) && name.startsWith(BOM)) {
            name = name.substring(1);
          }
          columns.putIfAbsent(normalise(name), i);
        }
      }
    } catch (CsvRecords.Malformed e) {
      parsed.problems.add(new RowProblem(e.line(), "", "", e.getMessage()));
      return parsed;
    }
    int level = column(columns, "Geographical Level");
    int geoCode = column(columns, "Geographical Code");
    int geoName = column(columns, "Geographical Description");
    int ons = column(columns, "ONS Code", "ONS Area Code");
    int measure = column(columns, "ASCOF Measure Code");
    int disaggregation = column(columns, "Disaggregation Level", "Disaggregation");
    int type = column(columns, "Measure Type");
    int value = column(columns, "Measure Value");
    int group = column(columns, "Measure Group");
    for (var required :
        Map.of(
                "Geographical Level", level,
                "ASCOF Measure Code", measure,
                "Measure Type", type,
                "Measure Value", value,
                "ONS Code", ons)
            .entrySet()) {
      if (required.getValue() == MISSING) {
        parsed.problems.add(
            new RowProblem(1, required.getKey(), "", "this column is missing from the header"));
      }
    }
    if (!parsed.problems.isEmpty()) {
      return parsed;
    }
    Map<Key, Gathered> gathered = new LinkedHashMap<>();
    Map<Key, IndicatorRow> settled = new LinkedHashMap<>();
    Key previous = null;
    Gathered current = null;
    boolean again = false;
    while (true) {
      try {
        if (!csv.next()) {
          break;
        }
      } catch (CsvRecords.Malformed e) {
        parsed.problems.add(new RowProblem(e.line(), "", "", e.getMessage()));
        break;
      }
      parsed.rowsRead++;
      if (parsed.rowsRead % 10_000 == 0) {
        progress.accept(parsed.rowsRead);
      }
      long line = csv.line();
      String levelText = get(csv, level);
      IndicatorRow.AreaLevel areaLevel = areaLevel(levelText);
      if (areaLevel == null) {
        parsed.problems.add(
            new RowProblem(line, "Geographical Level", levelText, "not a level Assure knows"));
        continue;
      }
      String areaCode;
      String areaName = get(csv, geoName);
      String onsCode = get(csv, ons);
      if (areaLevel == IndicatorRow.AreaLevel.COUNCIL) {
        String councilCode = get(csv, geoCode);
        Optional<GssCode> gss = councils.byGss(onsCode).or(() -> councils.byCassr(councilCode));
        if (gss.isEmpty()) {
          parsed.unmatched.add(
              areaName + " (ONS code " + onsCode + ", council code " + councilCode + ")");
          continue;
        }
        councils.learn(councilCode, gss.get());
        areaCode = gss.get().value();
      } else if (areaLevel == IndicatorRow.AreaLevel.ENGLAND) {
        areaCode = "E92000001";
      } else {
        areaCode = onsCode.isEmpty() ? areaName : onsCode;
      }
      String valueText = get(csv, value);
      Optional<Markers.Figure> figure = Markers.read(valueText);
      if (figure.isEmpty()) {
        parsed.problems.add(
            new RowProblem(line, "Measure Value", valueText, "not a number or a known marker"));
        continue;
      }
      String typeText = get(csv, type);
      Key key = new Key(get(csv, measure), get(csv, disaggregation), areaLevel, areaCode);
      if (!key.equals(previous)) {
        if (previous != null && parsed.problems.isEmpty()) {
          settled.put(previous, row(previous, current, period));
          if (settled.size() >= sink.batch()) {
            sink.values(List.copyOf(settled.values()), again);
            settled.clear();
            again = false;
          }
        }
        previous = key;
        current = gathered.get(key);
        if (current == null) {
          current = new Gathered();
          gathered.put(key, current);
        } else {
          again = true;
        }
      }
      Gathered g = current;
      g.group = get(csv, group);
      g.name = areaName;
      BigDecimal number = figure.get().value();
      if (typeText.equalsIgnoreCase("outcome")) {
        g.outcome = figure.get();
      } else if (typeText.equalsIgnoreCase("numerator")) {
        g.numerator = number;
      } else if (typeText.equalsIgnoreCase("denominator")) {
        g.denominator = number;
      } else if (typeText.equalsIgnoreCase("base")) {
        g.base = number;
      } else if (typeText.equalsIgnoreCase("margin of error")) {
        g.margin = number;
      } else {
        parsed.problems.add(
            new RowProblem(
                line,
                "Measure Type",
                typeText,
                "use Numerator, Denominator, Outcome, Base or Margin of Error"));
      }
    }
    if (!parsed.problems.isEmpty()) {
      return parsed;
    }
    if (previous != null) {
      settled.put(previous, row(previous, current, period));
    }
    if (!settled.isEmpty()) {
      sink.values(List.copyOf(settled.values()), again);
    }
    parsed.valuesHandedOver = gathered.size();
    return parsed;
  }

  private static IndicatorRow row(Key key, Gathered g, String period) {
    Markers.Figure outcome =
        g.outcome == null ? new Markers.Figure(IndicatorRow.Status.NOT_AVAILABLE, null) : g.outcome;
    return new IndicatorRow(
        SOURCE,
        key.code(),
        g.group,
        period,
        key.breakdown(),
        key.level(),
        key.area(),
        g.name,
        outcome.status(),
        outcome.value(),
        g.numerator,
        g.denominator,
        g.base,
        g.margin,
        null);
  }

  /** The level a row's area is at, in any letter case; null if Assure does not know it. */
  private static IndicatorRow.AreaLevel areaLevel(String text) {
    for (Map.Entry<String, IndicatorRow.AreaLevel> level : LEVELS) {
      if (level.getKey().equalsIgnoreCase(text)) {
        return level.getValue();
      }
    }
    return null;
  }

  private static String get(CsvRecords csv, int column) {
    return column == MISSING ? "" : csv.get(column);
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
