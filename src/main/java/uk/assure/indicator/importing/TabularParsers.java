package uk.assure.indicator.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVRecord;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.csv.CsvInput;
import uk.assure.shared.csv.RowProblem;

/**
 * The simpler layouts: one value per row.
 *
 * <ul>
 *   <li>generic: {@code gss,indicator,period,numerator,denominator,value,unit}, for anything else,
 *       such as waiting times a council gives in its information return;
 *   <li>survey: {@code gss,survey,period,question,answer,percentage,base,margin_of_error}, a CSV
 *       export of the Adult Social Care Survey or the Survey of Adult Carers;
 *   <li>workforce: the Skills for Care council file, {@code CSSR (LA area),Sector,Service,Job
 *       role,Turnover rate,Vacancy rate}, with councils by name.
 * </ul>
 */
final class TabularParsers {

  static final String ENGLAND = "E92000001";
  static final GssCode CORNWALL = new GssCode("E06000052");

  private TabularParsers() {}

  static ParsedFile generic(Path file, CouncilMatcher councils, LongConsumer progress)
      throws IOException {
    ParsedFile parsed = new ParsedFile();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      var gss = required(csv, parsed, "gss");
      var indicator = required(csv, parsed, "indicator");
      var period = required(csv, parsed, "period");
      var value = required(csv, parsed, "value");
      var numerator = csv.column("numerator");
      var denominator = csv.column("denominator");
      var unit = csv.column("unit");
      if (!parsed.problems.isEmpty()) {
        return parsed;
      }
      for (CSVRecord record : csv.records()) {
        long line = next(parsed, record, progress);
        String code = get(record, gss);
        Optional<IndicatorRow.AreaLevel> level = Optional.empty();
        String area = code;
        if (ENGLAND.equals(code)) {
          level = Optional.of(IndicatorRow.AreaLevel.ENGLAND);
        } else if (councils.byGss(code).isPresent()) {
          level = Optional.of(IndicatorRow.AreaLevel.COUNCIL);
        } else {
          parsed.unmatched.add(code);
          continue;
        }
        String measure = get(record, indicator);
        String when = get(record, period);
        if (measure.isEmpty() || measure.length() > 100) {
          parsed.problems.add(
              new RowProblem(
                  line, "indicator", measure, "give an indicator name of up to 100 characters"));
          continue;
        }
        if (!when.matches("[0-9A-Za-z -]{4,20}")) {
          parsed.problems.add(
              new RowProblem(line, "period", when, "give a period such as 2024-25 or 2025-Q1"));
          continue;
        }
        Optional<Markers.Figure> figure = figure(parsed, line, "value", get(record, value));
        Optional<BigDecimal> num = number(parsed, line, "numerator", get(record, numerator));
        Optional<BigDecimal> den = number(parsed, line, "denominator", get(record, denominator));
        if (figure.isEmpty() || num == null || den == null) {
          continue;
        }
        parsed.add(
            new IndicatorRow(
                "generic",
                measure,
                null,
                when,
                "Total",
                level.get(),
                area,
                null,
                figure.get().status(),
                figure.get().value(),
                num.orElse(null),
                den.orElse(null),
                null,
                null,
                get(record, unit).isEmpty() ? null : get(record, unit)));
      }
    }
    return parsed;
  }

  static ParsedFile survey(Path file, CouncilMatcher councils, LongConsumer progress)
      throws IOException {
    ParsedFile parsed = new ParsedFile();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      var gss = required(csv, parsed, "gss");
      var survey = required(csv, parsed, "survey");
      var period = required(csv, parsed, "period");
      var question = required(csv, parsed, "question");
      var answer = required(csv, parsed, "answer");
      var percentage = required(csv, parsed, "percentage");
      var base = csv.column("base", "respondents");
      var margin = csv.column("margin_of_error", "margin of error");
      if (!parsed.problems.isEmpty()) {
        return parsed;
      }
      for (CSVRecord record : csv.records()) {
        long line = next(parsed, record, progress);
        String code = get(record, gss);
        IndicatorRow.AreaLevel level;
        if (ENGLAND.equals(code)) {
          level = IndicatorRow.AreaLevel.ENGLAND;
        } else if (councils.byGss(code).isPresent() || councils.byCassr(code).isPresent()) {
          level = IndicatorRow.AreaLevel.COUNCIL;
          code = councils.byGss(code).or(() -> councils.byCassr(get(record, gss))).get().value();
        } else {
          parsed.unmatched.add(code);
          continue;
        }
        String surveyName = get(record, survey).toUpperCase(Locale.ROOT);
        if (!Set.of("ASCS", "SACE").contains(surveyName)) {
          parsed.problems.add(
              new RowProblem(line, "survey", get(record, survey), "use ASCS or SACE"));
          continue;
        }
        Optional<Markers.Figure> figure =
            figure(parsed, line, "percentage", get(record, percentage));
        Optional<BigDecimal> respondents = number(parsed, line, "base", get(record, base));
        Optional<BigDecimal> moe = number(parsed, line, "margin_of_error", get(record, margin));
        if (figure.isEmpty() || respondents == null || moe == null) {
          continue;
        }
        parsed.add(
            new IndicatorRow(
                "survey",
                surveyName + " " + get(record, question),
                surveyName,
                get(record, period),
                get(record, answer),
                level,
                code,
                null,
                figure.get().status(),
                figure.get().value(),
                null,
                null,
                respondents.orElse(null),
                moe.orElse(null),
                "percent"));
      }
    }
    return parsed;
  }

  static ParsedFile workforce(
      Path file, String period, CouncilMatcher councils, Set<String> regions, LongConsumer progress)
      throws IOException {
    ParsedFile parsed = new ParsedFile();
    try (CsvInput csv = CsvInput.open(file, 0)) {
      var area = required(csv, parsed, "CSSR (LA area)", "CSSR", "LA area");
      var sector = csv.column("Sector");
      var service = csv.column("Service");
      var role = csv.column("Job role");
      var turnover = required(csv, parsed, "Turnover rate");
      var vacancy = required(csv, parsed, "Vacancy rate");
      if (!parsed.problems.isEmpty()) {
        return parsed;
      }
      boolean combinedNoted = false;
      for (CSVRecord record : csv.records()) {
        long line = next(parsed, record, progress);
        String name = get(record, area);
        IndicatorRow.AreaLevel level;
        String code;
        if (name.equalsIgnoreCase("England")) {
          level = IndicatorRow.AreaLevel.ENGLAND;
          code = ENGLAND;
        } else if (regions.contains(name)) {
          level = IndicatorRow.AreaLevel.REGION;
          code = name;
        } else if (name.toLowerCase(Locale.ROOT).contains("cornwall")
            && name.toLowerCase(Locale.ROOT).contains("scilly")) {
          level = IndicatorRow.AreaLevel.COUNCIL;
          code = CORNWALL.value();
          if (!combinedNoted) {
            parsed.notes.add(
                "'"
                    + name
                    + "' is one combined area in this file: its figures are stored for"
                    + " Cornwall, and the Isles of Scilly have no workforce figures of their own.");
            combinedNoted = true;
          }
        } else {
          Optional<GssCode> council = councils.byName(name);
          if (council.isEmpty()) {
            parsed.unmatched.add(name);
            continue;
          }
          level = IndicatorRow.AreaLevel.COUNCIL;
          code = council.get().value();
        }
        String breakdown =
            String.join(" | ", get(record, sector), get(record, service), get(record, role))
                .replaceAll("^( \\| )+|( \\| )+$", "");
        for (var measure :
            new Object[][] {
              {"workforce_turnover_rate", "Turnover rate", turnover},
              {"workforce_vacancy_rate", "Vacancy rate", vacancy}
            }) {
          @SuppressWarnings("unchecked")
          Optional<Integer> column = (Optional<Integer>) measure[2];
          Optional<Markers.Figure> figure =
              figure(parsed, line, (String) measure[1], get(record, column));
          if (figure.isEmpty()) {
            continue;
          }
          BigDecimal value = figure.get().value();
          if (value != null
              && value.compareTo(BigDecimal.ONE) <= 0
              && !get(record, column).contains("%")) {
            value = value.movePointRight(2);
          }
          parsed.add(
              new IndicatorRow(
                  "workforce",
                  (String) measure[0],
                  "workforce",
                  period,
                  breakdown.isBlank() ? "Total" : breakdown,
                  level,
                  code,
                  name,
                  figure.get().status(),
                  value,
                  null,
                  null,
                  null,
                  null,
                  "percent"));
        }
      }
    }
    return parsed;
  }

  private static long next(ParsedFile parsed, CSVRecord record, LongConsumer progress) {
    parsed.rowsRead++;
    if (parsed.rowsRead % 10_000 == 0) {
      progress.accept(parsed.rowsRead);
    }
    return record.getRecordNumber() + 1;
  }

  private static Optional<Integer> required(CsvInput csv, ParsedFile parsed, String... names) {
    Optional<Integer> column = csv.column(names);
    if (column.isEmpty()) {
      parsed.problems.add(
          new RowProblem(1, names[0], "", "this column is missing from the header"));
    }
    return column;
  }

  private static Optional<Markers.Figure> figure(
      ParsedFile parsed, long line, String column, String text) {
    Optional<Markers.Figure> figure = Markers.read(text);
    if (figure.isEmpty()) {
      parsed.problems.add(new RowProblem(line, column, text, "not a number or a known marker"));
    }
    return figure;
  }

  /** An optional number: empty when blank or marked, null (with a problem) when unreadable. */
  private static Optional<BigDecimal> number(
      ParsedFile parsed, long line, String column, String text) {
    Optional<Markers.Figure> figure = Markers.read(text);
    if (figure.isEmpty()) {
      parsed.problems.add(new RowProblem(line, column, text, "not a number"));
      return null;
    }
    return Optional.ofNullable(figure.get().value());
  }

  private static String get(CSVRecord record, Optional<Integer> column) {
    return column.filter(i -> i < record.size()).map(record::get).orElse("").strip();
  }
}
