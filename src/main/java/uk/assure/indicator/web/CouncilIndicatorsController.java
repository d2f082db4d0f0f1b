package uk.assure.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.CouncilIndicators;
import uk.assure.shared.csv.SpreadsheetText;
import uk.assure.shared.web.NotFound;

/** A council's national performance data, a panel per quality statement, and as CSV. */
@Controller
class CouncilIndicatorsController {

  static final String[] CSV_HEADER = {
    "measure", "name", "period", "disaggregation", "status", "value", "numerator", "denominator",
    "lower", "upper", "england", "region", "council_type", "comparator", "comparison", "method",
    "trend", "unit", "rank", "ranked_councils", "quartile"
  };

  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;
  private final Framework framework;

  CouncilIndicatorsController(
      CouncilRegistry councils, CouncilIndicators indicators, Framework framework) {
    this.councils = councils;
    this.indicators = indicators;
    this.framework = framework;
  }

  /** One quality statement's figures, with the chart of those that are percentages. */
  record Panel(String code, String name, List<CouncilIndicator> rows, List<ChartRow> chart) {}

  /** One percentage drawn as a dot with its interval and a mark at England's value. */
  record ChartRow(String label, double x, double lower, double upper, Double england, int y) {}

  @GetMapping("/councils/{gss}/indicators")
  String page(@PathVariable String gss, Model model) {
    Council council = council(gss);
    List<CouncilIndicator> all = indicators.of(council, Optional.empty(), Optional.empty());
    List<Panel> panels = new ArrayList<>();
    CouncilIndicators.byStatement(all)
        .forEach(
            (code, rows) ->
                panels.add(
                    new Panel(
                        code,
                        framework.statement(code).map(s -> s.name()).orElse(""),
                        rows,
                        chart(rows))));
    model.addAttribute("council", council);
    model.addAttribute("group", indicators.comparatorGroup(council));
    model.addAttribute("panels", panels);
    model.addAttribute("count", all.size());
    model.addAttribute(
        "triage",
        all.stream()
            .filter(i -> i.triageOrder() < 2)
            .sorted(java.util.Comparator.comparingInt(CouncilIndicator::triageOrder))
            .toList());
    return "indicator/council";
  }

  @GetMapping("/councils/{gss}/indicators.csv")
  void csv(@PathVariable String gss, HttpServletResponse response) throws IOException {
    Council council = council(gss);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + council.gss() + "-indicators.csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer writer = response.getWriter();
    try (CSVPrinter csv =
        new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
      for (CouncilIndicator i : indicators.of(council, Optional.empty(), Optional.empty())) {
        csv.printRecord(
            cell(i.measure()),
            cell(i.name()),
            i.period(),
            cell(i.disaggregation()),
            i.status(),
            i.value(),
            i.numerator(),
            i.denominator(),
            i.lower(),
            i.upper(),
            i.england(),
            i.region(),
            i.councilType(),
            i.comparator(),
            i.comparison(),
            i.method(),
            i.trend(),
            i.unit(),
            i.rank(),
            i.rankedCouncils(),
            i.quartile());
      }
    }
  }

  /**
   * Text as a spreadsheet will read it safely: a cell that starts like a formula (=, +, -, @) is
   * prefixed with an apostrophe, so names from imported files cannot run as formulas.
   */
  static String cell(String text) {
    return SpreadsheetText.csvCell(text);
  }

  private static List<ChartRow> chart(List<CouncilIndicator> rows) {
    List<ChartRow> chart = new ArrayList<>();
    for (CouncilIndicator row : rows) {
      if ("percent".equals(row.unit()) && row.value() != null && row.lower() != null) {
        chart.add(
            new ChartRow(
                row.measure() + " " + row.period(),
                row.value().doubleValue() * 3,
                row.lower() * 3,
                row.upper() * 3,
                row.england() == null ? null : row.england().doubleValue() * 3,
                chart.size() * 30));
      }
    }
    return chart;
  }

  private Council council(String gss) {
    return GssCode.parse(gss).flatMap(councils::find).orElseThrow(() -> new NotFound());
  }
}
