package uk.assure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.ReportView.FigureView;
import uk.assure.report.ReportView.ScoreRow;
import uk.assure.report.ReportView.StatementView;
import uk.assure.report.ReportView.ThemeView;

/**
 * The report as a Word document (DOCX) for editing off-line: the same content as the web page and
 * the PDF, with its headings as real heading styles (Heading 1 to 4) so the document's outline and
 * navigation work, and its tables as tables.
 */
@Component
public class ReportDocx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final int[] HEADING_POINTS = {24, 18, 14, 12};

  private final ReportViews views;

  ReportDocx(ReportViews views) {
    this.views = views;
  }

  /** The assessment's report as DOCX bytes. */
  public byte[] write(AssessmentId assessment) throws ReportUnavailable {
    ReportView view =
        views
            .of(assessment)
            .orElseThrow(
                () -> new ReportUnavailable("report.unavailable.notFound", List.of(), null))
            .view();
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      write(doc, view);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new ReportUnavailable("report.unavailable.docx", List.of(), e);
    }
  }

  private void write(XWPFDocument doc, ReportView view) {
    headingStyles(doc);
    doc.getProperties().getCoreProperties().setTitle(view.title());
    heading(doc, 1, view.title());
    if (view.demo()) {
      paragraph(doc, views.text("report.demo"));
    }
    if (view.draft()) {
      paragraph(doc, views.text("report.draft"));
    }
    if (!view.incomplete().isEmpty()) {
      paragraph(doc, views.text("report.incomplete", String.join(", ", view.incomplete())));
    }
    heading(doc, 2, views.text("report.overview.heading"));
    XWPFTable facts = doc.createTable();
    boolean first = true;
    for (ReportView.Fact fact : view.facts()) {
      row(facts, first, fact.label(), fact.value());
      first = false;
    }
    view.rating()
        .ifPresentOrElse(
            r -> {
              row(facts, false, views.text("report.rating.label"), r.label());
              row(
                  facts,
                  false,
                  views.text("report.rating.score"),
                  views.text("report.rating.scoreValue", r.percentage(), r.position()));
            },
            () ->
                row(
                    facts,
                    false,
                    views.text("report.rating.label"),
                    views.text("report.rating.none")));
    view.contextSource().ifPresent(s -> paragraph(doc, views.text("report.fact.source", s)));
    view.rating()
        .filter(ReportView.RatingLine::referral)
        .ifPresent(r -> paragraph(doc, views.text("report.referral")));

    heading(doc, 3, views.text("report.scores.heading"));
    XWPFTable scores = doc.createTable();
    row(
        scores,
        true,
        views.text("report.scores.statement"),
        views.text("report.scores.score"),
        views.text("report.scores.meaning"));
    for (ScoreRow s : view.scores()) {
      row(
          scores,
          false,
          views.text("report.statement.heading", s.code(), s.name()),
          s.assessed()
              ? views.text("report.scores.outOf", s.score())
              : views.text("report.notScored"),
          s.meaning());
    }

    heading(doc, 2, views.text("report.people.heading"));
    paragraphs(doc, view.peopleExperience(), "report.people.none");

    for (ThemeView theme : view.themes()) {
      heading(doc, 2, theme.heading());
      for (StatementView s : theme.statements()) {
        heading(doc, 3, s.heading());
        paragraph(doc, s.scoreLine());
        s.scoreDescription().ifPresent(d -> paragraph(doc, d));
        heading(doc, 4, views.text("report.statement.we"));
        paragraph(doc, s.we());
        heading(doc, 4, views.text("report.statement.expectations"));
        s.expectations().forEach(e -> paragraph(doc, e));
        if (s.nothingRecorded()) {
          paragraph(doc, views.text("report.statement.nothingRecorded"));
          continue;
        }
        heading(doc, 4, views.text("report.statement.keyFindings"));
        paragraphs(doc, s.keyFindings(), "report.statement.noKeyFindings");
        if (!s.figures().isEmpty()) {
          XWPFTable figures = doc.createTable();
          row(
              figures,
              true,
              views.text("report.figures.measure"),
              views.text("report.figures.council"),
              views.text("report.figures.england"),
              views.text("report.figures.comparison"));
          for (FigureView f : s.figures()) {
            row(
                figures,
                false,
                views.text("report.figures.name", f.name(), f.period()),
                f.value(),
                f.england(),
                f.comparison());
          }
        }
        heading(doc, 4, views.text("report.statement.strengths"));
        paragraphs(doc, s.strengths(), "report.statement.noStrengths");
        heading(doc, 4, views.text("report.statement.areas"));
        paragraphs(doc, s.areasForDevelopment(), "report.statement.noAreas");
      }
    }
  }

  /** Heading 1 to 4 as Word defines them, so they show in the outline and navigation pane. */
  private static void headingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= HEADING_POINTS.length; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewNext().setVal("Normal");
      style.addNewQFormat();
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private static void heading(XWPFDocument doc, int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + level);
    XWPFRun run = p.createRun();
    run.setBold(true);
    run.setFontSize(HEADING_POINTS[level - 1]);
    run.setText(text);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private void paragraphs(XWPFDocument doc, List<String> paragraphs, String noneKey) {
    if (paragraphs.isEmpty()) {
      paragraph(doc, views.text(noneKey));
    }
    paragraphs.forEach(p -> paragraph(doc, p));
  }

  /** Adds a row; a new table's first row already exists, so the first call fills it. */
  private static void row(XWPFTable table, boolean first, String... cells) {
    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
    for (int i = 0; i < cells.length; i++) {
      var cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
      cell.setText(cells[i]);
    }
  }
}
