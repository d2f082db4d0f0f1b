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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.csv.RowProblem;

/**
 * The Adult Social Care Outcomes Framework file in its long form: one figure per row (numerator,
 * denominator, outcome, base or margin of error), for councils and for region, council-type and
 * England benchmarks. Rows for the same measure, breakdown and area are gathered into one value.
 *
 * <p>It is over 300 lines because reading the file once, while checking its encoding, computing its
 * digest and handing values over in batches, is one pass over shared state; the header's columns
 * are located by {@link AscofColumns}.
 */
final class AscofParser {

  private static final String SOURCE = "ascof";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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

    /** Keeps a figure as the measure type of its row says; false if the type is not one known. */
    boolean add(String type, Markers.Figure figure) {
      BigDecimal number = figure.value();
      if (type.equalsIgnoreCase("outcome")) {
        outcome = figure;
      } else if (type.equalsIgnoreCase("numerator")) {
        numerator = number;
      } else if (type.equalsIgnoreCase("denominator")) {
        denominator = number;
      } else if (type.equalsIgnoreCase("base")) {
        base = number;
      } else if (type.equalsIgnoreCase("margin of error")) {
        margin = number;
      } else {
        return false;
      }
      return true;
    }
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
    List<String> names = List.of();
    try {
      if (csv.next()) {
        names = csv.values();
      }
    } catch (CsvRecords.Malformed e) {
      parsed.problems.add(new RowProblem(e.line(), "", "", e.getMessage()));
      return parsed;
    }
    AscofColumns at = AscofColumns.locate(names, charset);
    for (String missing : at.missing()) {
      parsed.problems.add(new RowProblem(1, missing, "", "this column is missing from the header"));
    }
    if (!parsed.problems.isEmpty()) {
      return parsed;
    }
    Rows rows = new Rows(parsed, at, period, councils, sink);
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
      rows.read(csv);
    }
    if (parsed.problems.isEmpty()) {
      rows.finish();
    }
    return parsed;
  }

  /**
   * The file's rows, read one at a time (a method of its own, which the JIT compiles early in a
   * large file): checks each, gathers the figures of each value, and hands values over in batches.
   */
  private static final class Rows {
    private final ParsedFile parsed;
    private final AscofColumns at;
    private final String period;
    private final CouncilMatcher councils;
    private final Sink sink;
    private final Map<Key, Gathered> gathered = new LinkedHashMap<>();
    private final Map<Key, IndicatorRow> settled = new LinkedHashMap<>();
    private Key previous;
    private Gathered current;
    private boolean again;

    Rows(ParsedFile parsed, AscofColumns at, String period, CouncilMatcher councils, Sink sink) {
      this.parsed = parsed;
      this.at = at;
      this.period = period;
      this.councils = councils;
      this.sink = sink;
    }

    void read(CsvRecords csv) throws InterruptedException {
      long line = csv.line();
      String levelText = get(csv, at.level());
      IndicatorRow.AreaLevel areaLevel = areaLevel(levelText);
      if (areaLevel == null) {
        parsed.problems.add(
            new RowProblem(line, "Geographical Level", levelText, "not a level Assure knows"));
        return;
      }
      String areaName = get(csv, at.geoName());
      String areaCode = areaCode(csv, areaLevel, areaName);
      if (areaCode == null) {
        return;
      }
      String valueText = get(csv, at.value());
      Optional<Markers.Figure> figure = Markers.read(valueText);
      if (figure.isEmpty()) {
        parsed.problems.add(
            new RowProblem(line, "Measure Value", valueText, "not a number or a known marker"));
        return;
      }
      Key key = new Key(get(csv, at.measure()), get(csv, at.disaggregation()), areaLevel, areaCode);
      if (!key.equals(previous)) {
        next(key);
      }
      current.group = get(csv, at.group());
      current.name = areaName;
      String typeText = get(csv, at.type());
      if (!current.add(typeText, figure.get())) {
        parsed.problems.add(
            new RowProblem(
                line,
                "Measure Type",
                typeText,
                "use Numerator, Denominator, Outcome, Base or Margin of Error"));
      }
    }

    /**
     * The area a row is about, or null (and the row listed as unmatched) for an unknown council.
     */
    private String areaCode(CsvRecords csv, IndicatorRow.AreaLevel areaLevel, String areaName) {
      String onsCode = get(csv, at.ons());
      return switch (areaLevel) {
        case COUNCIL -> {
          String councilCode = get(csv, at.geoCode());
          Optional<GssCode> gss = councils.byGss(onsCode).or(() -> councils.byCassr(councilCode));
          if (gss.isEmpty()) {
            parsed.unmatched.add(
                areaName + " (ONS code " + onsCode + ", council code " + councilCode + ")");
            yield null;
          }
          councils.learn(councilCode, gss.get());
          yield gss.get().value();
        }
        case ENGLAND -> "E92000001";
        case REGION, COUNCIL_TYPE -> onsCode.isEmpty() ? areaName : onsCode;
      };
    }

    /**
     * The rows now are about another value: the one before is settled, and handed over with the
     * others settled so far once there are enough of them.
     */
    private void next(Key key) throws InterruptedException {
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

    /** Hands over the values not handed over yet, once the whole file has been read. */
    void finish() throws InterruptedException {
      if (previous != null) {
        settled.put(previous, row(previous, current, period));
      }
      if (!settled.isEmpty()) {
        sink.values(List.copyOf(settled.values()), again);
      }
      parsed.valuesHandedOver = gathered.size();
    }
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
    return column == AscofColumns.MISSING ? "" : csv.get(column);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
