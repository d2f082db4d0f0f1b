package uk.assure.report;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.ReportText;

/**
 * Composes an assessment's report from its data as it stands now: the council's context, the
 * rating, the nine scores, people's experience and, per statement, the assessors' findings with the
 * evidence and national comparisons they cite. The web page, the PDF and each published version
 * come from what this returns.
 */
public interface ReportComposer {

  /**
   * The report as it would read if it were sent or published now.
   *
   * @throws ReportUnavailable when the report cannot be composed or rendered, with a message for
   *     the person who asked
   */
  ComposedReport compose(AssessmentId assessment) throws ReportUnavailable;

  /**
   * The report's text and web page as they would read now, without making the PDF: for previews and
   * for comparing with what was sent or published.
   *
   * @throws ReportUnavailable when the report cannot be composed, with a message for the person who
   *     asked
   */
  ReportText text(AssessmentId assessment) throws ReportUnavailable;
}
