package uk.assure.indicator.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVRecord;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.csv.CsvInput;
import uk.assure.shared.csv.RowProblem;

/**
 * The Adult Social Care Outcomes Framework file in its long form: one figure per row (numerator,
 * denominator, outcome, base or margin of error), for councils and for region, council-type and
 * England benchmarks. Rows for the same measure, breakdown and area are gathered into one value.
 */
final class AscofParser {

  private static final String SOURCE = "ascof";

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

  private AscofParser() {}

  static ParsedFile parse(Path file, String period, CouncilMatcher councils, LongConsumer progress)
      throws IOException {
    ParsedFile parsed = new ParsedFile();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      Optional<Integer> level = csv.column("Geographical Level");
      Optional<Integer> geoCode = csv.column("Geographical Code");
      Optional<Integer> geoName = csv.column("Geographical Description");
      Optional<Integer> ons = csv.column("ONS Code", "ONS Area Code");
      Optional<Integer> measure = csv.column("ASCOF Measure Code");
      Optional<Integer> disaggregation = csv.column("Disaggregation Level", "Disaggregation");
      Optional<Integer> type = csv.column("Measure Type");
      Optional<Integer> value = csv.column("Measure Value");
      Optional<Integer> group = csv.column("Measure Group");
      for (var required :
          Map.of(
                  "Geographical Level", level,
                  "ASCOF Measure Code", measure,
                  "Measure Type", type,
                  "Measure Value", value,
                  "ONS Code", ons)
              .entrySet()) {
        if (required.getValue().isEmpty()) {
          parsed.problems.add(
              new RowProblem(1, required.getKey(), "", "this column is missing from the header"));
        }
      }
      if (!parsed.problems.isEmpty()) {
        return parsed;
      }
      Map<String, Gathered> gathered = new HashMap<>();
      Map<String, Object[]> identity = new HashMap<>();
      for (CSVRecord record : csv.records()) {
        parsed.rowsRead++;
        if (parsed.rowsRead % 10_000 == 0) {
          progress.accept(parsed.rowsRead);
        }
        long line = record.getRecordNumber() + 1;
        String levelText = get(record, level).toLowerCase(Locale.ROOT);
        IndicatorRow.AreaLevel areaLevel = areaLevel(levelText);
        if (areaLevel == null) {
          parsed.problems.add(
              new RowProblem(
                  line, "Geographical Level", get(record, level), "not a level Assure knows"));
          continue;
        }
        String areaCode;
        String areaName = get(record, geoName);
        if (areaLevel == IndicatorRow.AreaLevel.COUNCIL) {
          Optional<GssCode> gss =
              councils.byGss(get(record, ons)).or(() -> councils.byCassr(get(record, geoCode)));
          if (gss.isEmpty()) {
            parsed.unmatched.add(
                areaName
                    + " (ONS code "
                    + get(record, ons)
                    + ", council code "
                    + get(record, geoCode)
                    + ")");
            continue;
          }
          councils.learn(get(record, geoCode), gss.get());
          areaCode = gss.get().value();
        } else if (areaLevel == IndicatorRow.AreaLevel.ENGLAND) {
          areaCode = "E92000001";
        } else {
          areaCode = get(record, ons).isEmpty() ? areaName : get(record, ons);
        }
        String code = get(record, measure);
        String breakdown = get(record, disaggregation);
        Optional<Markers.Figure> figure = Markers.read(get(record, value));
        if (figure.isEmpty()) {
          parsed.problems.add(
              new RowProblem(
                  line, "Measure Value", get(record, value), "not a number or a known marker"));
          continue;
        }
        String key = code + "|" + breakdown + "|" + areaLevel + "|" + areaCode;
        Gathered g = gathered.computeIfAbsent(key, k -> new Gathered());
        identity.putIfAbsent(key, new Object[] {code, breakdown, areaLevel, areaCode});
        g.group = get(record, group);
        g.name = areaName;
        String measureType = get(record, type).toLowerCase(Locale.ROOT);
        BigDecimal number = figure.get().value();
        switch (measureType) {
          case "outcome" -> g.outcome = figure.get();
          case "numerator" -> g.numerator = number;
          case "denominator" -> g.denominator = number;
          case "base" -> g.base = number;
          case "margin of error" -> g.margin = number;
          default ->
              parsed.problems.add(
                  new RowProblem(
                      line,
                      "Measure Type",
                      get(record, type),
                      "use Numerator, Denominator, Outcome, Base or Margin of Error"));
        }
      }
      gathered.forEach(
          (key, g) -> {
            Object[] id = identity.get(key);
            Markers.Figure outcome =
                g.outcome == null
                    ? new Markers.Figure(IndicatorRow.Status.NOT_AVAILABLE, null)
                    : g.outcome;
            parsed.add(
                new IndicatorRow(
                    SOURCE,
                    (String) id[0],
                    g.group,
                    period,
                    (String) id[1],
                    (IndicatorRow.AreaLevel) id[2],
                    (String) id[3],
                    g.name,
                    outcome.status(),
                    outcome.value(),
                    g.numerator,
                    g.denominator,
                    g.base,
                    g.margin,
                    null));
          });
    }
    return parsed;
  }

  private static IndicatorRow.AreaLevel areaLevel(String text) {
    return switch (text) {
      case "council", "local authority" -> IndicatorRow.AreaLevel.COUNCIL;
      case "region", "regional" -> IndicatorRow.AreaLevel.REGION;
      case "council type" -> IndicatorRow.AreaLevel.COUNCIL_TYPE;
      case "england", "national" -> IndicatorRow.AreaLevel.ENGLAND;
      default -> null;
    };
  }

  private static String get(CSVRecord record, Optional<Integer> column) {
    return column.filter(i -> i < record.size()).map(record::get).orElse("").strip();
  }
}
