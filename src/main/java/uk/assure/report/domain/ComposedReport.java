package uk.assure.report.domain;

import java.util.List;
import java.util.Objects;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * One composition of an assessment's report.
 *
 * @param sections the report's text, section by section, in reading order; what councils comment on
 *     and what change logs compare
 * @param htmlBody the report as an HTML fragment (GOV.UK classes, all text escaped) for the site's
 *     layout to wrap
 * @param pdf the same content as a tagged PDF with its fonts embedded
 */
public record ComposedReport(
    AssessmentId assessment,
    GssCode council,
    String title,
    List<ReportSection> sections,
    String htmlBody,
    byte[] pdf) {

  public ComposedReport {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(htmlBody, "htmlBody");
    Objects.requireNonNull(pdf, "pdf");
    sections = List.copyOf(sections);
    if (sections.stream().map(ReportSection::key).distinct().count() != sections.size()) {
      throw new IllegalArgumentException("Section keys must be unique");
    }
  }
}
