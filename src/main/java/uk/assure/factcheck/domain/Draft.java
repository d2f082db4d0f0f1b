package uk.assure.factcheck.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.assure.assessment.domain.AssessmentId;

/**
 * A draft report as sent to the council for its factual accuracy check.
 *
 * @param number 1 for the first draft sent; one more each time the check is opened again
 * @param dueOn the last day the council can comment
 */
public record Draft(
    AssessmentId assessment,
    int number,
    ReportSnapshot report,
    String sentBy,
    Instant sentAt,
    LocalDate sentOn,
    LocalDate dueOn) {

  public Draft {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(sentBy, "sentBy");
    Objects.requireNonNull(sentAt, "sentAt");
    if (number < 1) {
      throw new IllegalArgumentException("Drafts are numbered from 1");
    }
    if (!dueOn.isAfter(sentOn)) {
      throw new IllegalArgumentException("A draft is due after it is sent");
    }
  }
}
