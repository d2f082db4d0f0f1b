package uk.assure.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.domain.ComposedReport;

/**
 * Writes a report as files: a standalone HTML page and the PDF, named by the council's code. The
 * HTML is the same body as the web page, in a plain document with the print styles.
 */
@Component
public class ReportFiles {

  private final ReportComposer composer;
  private final ITemplateEngine templates;
  private final String printStyle;

  ReportFiles(ReportComposer composer, ITemplateEngine templates) {
    this.composer = composer;
    this.templates = templates;
    this.printStyle = ThymeleafReportComposer.printStyle();
  }

  /** The files written for one report. */
  public record Written(ComposedReport report, Path html, Path pdf) {}

  public Written write(AssessmentId assessment, Path directory)
      throws ReportUnavailable, IOException {
    ComposedReport report = composer.compose(assessment);
    Context context = new Context(ReportViews.UK);
    context.setVariable("title", report.title());
    context.setVariable("body", report.htmlBody());
    context.setVariable("printStyle", printStyle);
    String html = templates.process("report/standalone", context);
    String name = "report-" + report.council().value();
    Path htmlFile = directory.resolve(name + ".html");
    Path pdfFile = directory.resolve(name + ".pdf");
    Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
    Files.write(pdfFile, report.pdf());
    return new Written(report, htmlFile, pdfFile);
  }
}
