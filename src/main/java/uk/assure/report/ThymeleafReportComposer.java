package uk.assure.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.ReportView.FigureView;
import uk.assure.report.ReportView.StatementView;
import uk.assure.report.ReportView.ThemeView;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.ReportSection;
import uk.assure.report.domain.ReportText;

/**
 * Composes reports from one Thymeleaf template, {@code report/report.html}: its {@code report}
 * fragment is the web page's body, and the whole template, with print styles, is the PDF.
 */
@Service
class ThymeleafReportComposer implements ReportComposer {

  static final String TEMPLATE = "report/report";
  static final String BODY = "report";

  private static final Logger log = LoggerFactory.getLogger(ThymeleafReportComposer.class);

  private final ReportViews views;
  private final ITemplateEngine templates;
  private final PdfRendering pdf;
  private final String printStyle;

  ThymeleafReportComposer(ReportViews views, ITemplateEngine templates, PdfRendering pdf) {
    this.views = views;
    this.templates = templates;
    this.pdf = pdf;
    this.printStyle = printStyle();
  }

  /** The report's print styles, for the PDF and standalone HTML files. */
  static String printStyle() {
    try (InputStream in =
        ThymeleafReportComposer.class.getResourceAsStream("/report/report-print.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ComposedReport compose(AssessmentId assessment) throws ReportUnavailable {
    ReportViews.Composition composition = composition(assessment);
    ReportView view = composition.view();
    String body = laidOut(assessment, view, Set.of(BODY));
    String document = laidOut(assessment, view, null);
    byte[] bytes;
    try {
      bytes = pdf.render(document);
    } catch (IOException | RuntimeException e) {
      log.error("Report for assessment {} could not be made into a PDF", assessment, e);
      throw new ReportUnavailable("report.unavailable.pdf", List.of(), e);
    }
    return new ComposedReport(
        assessment, composition.assessment().council(), view.title(), sections(view), body, bytes);
  }

  @Override
  public ReportText text(AssessmentId assessment) throws ReportUnavailable {
    ReportViews.Composition composition = composition(assessment);
    ReportView view = composition.view();
    return new ReportText(
        assessment,
        composition.assessment().council(),
        view.title(),
        sections(view),
        laidOut(assessment, view, Set.of(BODY)));
  }

  private ReportViews.Composition composition(AssessmentId assessment) throws ReportUnavailable {
    return views
        .of(assessment)
        .orElseThrow(() -> new ReportUnavailable("report.unavailable.notFound", List.of(), null));
  }

  /** The report laid out as HTML: the body fragment for the site's pages, or the whole document. */
  private String laidOut(AssessmentId assessment, ReportView view, Set<String> fragment)
      throws ReportUnavailable {
    try {
      return html(view, fragment);
    } catch (TemplateEngineException e) {
      log.error("Report for assessment {} could not be laid out", assessment, e);
      throw new ReportUnavailable("report.unavailable.layout", List.of(), e);
    }
  }

  private String html(ReportView view, Set<String> fragment) {
    Context context = new Context(ReportViews.UK);
    context.setVariable("report", view);
    context.setVariable("printStyle", printStyle);
    return fragment == null
        ? templates.process(TEMPLATE, context)
        : templates.process(TEMPLATE, fragment, context);
  }

  /**
   * The report as plain text, section by section, in the order it reads. The "draft" mark the page
   * and PDF carry is left out: it is not part of what the report says, and comparing a draft with
   * what was published would otherwise always find the overview changed.
   */
  List<ReportSection> sections(ReportView view) {
    List<ReportSection> sections = new ArrayList<>();
    List<String> overview = new ArrayList<>();
    if (view.demo()) {
      overview.add(views.text("report.demo"));
    }
    if (!view.incomplete().isEmpty()) {
      overview.add(views.text("report.incomplete", String.join(", ", view.incomplete())));
    }
    view.facts().forEach(f -> overview.add(f.label() + ": " + f.value()));
    view.contextSource().ifPresent(s -> overview.add(views.text("report.fact.source", s)));
    view.rating()
        .ifPresent(
            r -> {
              overview.add(views.text("report.rating.line", r.label(), r.percentage()));
              overview.add(r.position());
            });
    view.scores()
        .forEach(
            s ->
                overview.add(
                    s.assessed()
                        ? views.text(
                            "report.scores.line", s.code(), s.name(), s.score(), s.meaning())
                        : views.text("report.scores.lineNotScored", s.code(), s.name())));
    sections.add(
        new ReportSection(
            ReportSection.OVERVIEW, views.text("report.overview.heading"), join(overview)));
    sections.add(
        new ReportSection(
            ReportSection.PEOPLE_EXPERIENCE,
            views.text("report.people.heading"),
            view.peopleExperience().isEmpty()
                ? views.text("report.people.none")
                : join(view.peopleExperience())));
    for (ThemeView theme : view.themes()) {
      for (StatementView s : theme.statements()) {
        sections.add(new ReportSection(s.code(), s.heading(), statementText(s)));
      }
    }
    return sections;
  }

  private String statementText(StatementView s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.scoreLine());
    s.scoreDescription().ifPresent(parts::add);
    parts.add(views.text("report.statement.we") + "\n" + s.we());
    parts.add(
        views.text("report.statement.expectations") + "\n" + String.join("\n", s.expectations()));
    if (s.nothingRecorded()) {
      parts.add(views.text("report.statement.nothingRecorded"));
      return join(parts);
    }
    parts.add(views.text("report.statement.keyFindings"));
    if (s.keyFindings().isEmpty()) {
      parts.add(views.text("report.statement.noKeyFindings"));
    }
    parts.addAll(s.keyFindings());
    for (FigureView f : s.figures()) {
      parts.add(
          views.text(
              "report.figure.line", f.name(), f.period(), f.value(), f.england(), f.comparison()));
    }
    parts.add(views.text("report.statement.strengths"));
    parts.addAll(
        s.strengths().isEmpty()
            ? List.of(views.text("report.statement.noStrengths"))
            : s.strengths());
    parts.add(views.text("report.statement.areas"));
    parts.addAll(
        s.areasForDevelopment().isEmpty()
            ? List.of(views.text("report.statement.noAreas"))
            : s.areasForDevelopment());
    return join(parts);
  }

  private static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }
}
