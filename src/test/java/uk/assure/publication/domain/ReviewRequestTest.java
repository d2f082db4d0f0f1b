package uk.assure.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.report.domain.ReportSection;
import uk.assure.report.domain.ReportText;

class ReviewRequestTest {

  private static ReviewRequest at(ReviewStatus status) {
    return new ReviewRequest(
        UUID.randomUUID(),
        AssessmentId.random(),
        new GssCode("E09000007"),
        "The carers figure is wrong",
        "c@example.org",
        Instant.now(),
        status,
        List.of(
            new ReviewRequest.Step(
                ReviewStatus.RECEIVED,
                Optional.empty(),
                "c@example.org",
                Instant.now(),
                LocalDate.of(2026, 1, 5))),
        0);
  }

  @Test
  void everyStepBetweenAnyTwoStatusesIsAllowedOnlyAlongTheWayToAnOutcome() {
    for (ReviewStatus from : ReviewStatus.values()) {
      for (ReviewStatus to : ReviewStatus.values()) {
        boolean allowed =
            (from == ReviewStatus.RECEIVED && to == ReviewStatus.UNDER_REVIEW)
                || (from == ReviewStatus.UNDER_REVIEW
                    && List.of(
                            ReviewStatus.UPHELD,
                            ReviewStatus.NOT_UPHELD,
                            ReviewStatus.RATING_AMENDED)
                        .contains(to));
        assertThat(at(from).stepProblem(to, "Because").isEmpty())
            .as(from + " -> " + to)
            .isEqualTo(allowed);
      }
    }
  }

  @Test
  void aDecidedRequestSaysSoAndEveryStepNeedsAReason() {
    assertThat(at(ReviewStatus.UPHELD).stepProblem(ReviewStatus.UNDER_REVIEW, "x"))
        .contains("review.step.decided");
    assertThat(at(ReviewStatus.RECEIVED).stepProblem(ReviewStatus.UNDER_REVIEW, " "))
        .contains("review.step.reasonMissing");
    assertThat(at(ReviewStatus.RECEIVED).stepProblem(ReviewStatus.UNDER_REVIEW, "x".repeat(5001)))
        .contains("review.step.reasonTooLong");
  }

  @Test
  void groundsAreRequiredAndLimited() {
    assertThat(ReviewRequest.groundsProblem("")).contains("review.grounds.missing");
    assertThat(ReviewRequest.groundsProblem("x".repeat(5001))).contains("review.grounds.tooLong");
    assertThat(ReviewRequest.groundsProblem("The figure is wrong")).isEmpty();
  }

  @Test
  void anAmendmentNeedsANoteAndAChangedReport() {
    ReportSnapshot published = report("Waits are 20 weeks", new byte[] {1});
    ReportText changed = text("Waits are 12 weeks");
    assertThat(Amendment.refusal(" ", published, changed))
        .contains("publication.amend.noteMissing");
    assertThat(Amendment.refusal("x".repeat(2001), published, changed))
        .contains("publication.amend.noteTooLong");
    assertThat(Amendment.refusal("Fixed a figure", published, changed)).isEmpty();
  }

  @Test
  void anAmendmentThatWouldReadAsPublishedIsRefused() {
    ReportSnapshot published = report("Waits are 20 weeks", new byte[] {1});
    assertThat(Amendment.refusal("Fixed a figure", published, text("Waits are 20 weeks")))
        .contains("publication.amend.unchanged");
  }

  private static ReportText text(String text) {
    return new ReportText(
        new AssessmentId(UUID.randomUUID()),
        new GssCode("E09000007"),
        "Report",
        List.of(new ReportSection("QS1", "Needs", text)),
        "<p>" + text + "</p>");
  }

  private static ReportSnapshot report(String text, byte[] pdf) {
    return ReportSnapshot.of(
        "Report", List.of(new ReportSection("QS1", "Needs", text)), "<p>" + text + "</p>", pdf);
  }
}
