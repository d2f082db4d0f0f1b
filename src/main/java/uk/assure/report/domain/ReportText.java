package uk.assure.report.domain;

import java.util.List;
import java.util.Objects;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * An assessment's report as text and as a web page, without its PDF: what previews show and what
 * change logs compare, for a fraction of the cost of a whole {@link ComposedReport}.
 *
 * @param sections the report's text, section by section, in reading order
 * @param htmlBody the report as an HTML fragment (GOV.UK classes, all text escaped)
 */
public record ReportText(
    AssessmentId assessment,
    GssCode council,
    String title,
    List<ReportSection> sections,
    String htmlBody) {

  public ReportText {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(htmlBody, "htmlBody");
    sections = List.copyOf(sections);
  }
}
