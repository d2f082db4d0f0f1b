package uk.assure.factcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.factcheck.domain.FactualAccuracyCheck.Status;
import uk.assure.report.domain.ReportSection;
import uk.assure.shared.domain.Refusal;

class FactualAccuracyCheckTest {

  private static final LocalDate SENT = LocalDate.of(2026, 3, 2);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 16);

  private static final Draft DRAFT =
      new Draft(
          AssessmentId.random(),
          1,
          ReportSnapshot.of(
              "Report",
              List.of(
                  new ReportSection(ReportSection.OVERVIEW, "Overview", "The council serves."),
                  new ReportSection("QS1", "Assessing needs", "Waits are long.")),
              "<p>Report</p>",
              new byte[] {1, 2, 3}),
          "lead@example.org",
          Instant.parse("2026-03-02T10:00:00Z"),
          SENT,
          DUE);

  private static FactualAccuracyCheck check(List<AccuracyComment> comments, boolean submitted) {
    return new FactualAccuracyCheck(
        DRAFT,
        comments,
        submitted
            ? Optional.of(new FactualAccuracyCheck.Submission("c@example.org", Instant.now()))
            : Optional.empty());
  }

  private static AccuracyComment comment(boolean decided) {
    return new AccuracyComment(
        UUID.randomUUID(),
        1,
        "QS1",
        "Wrong figure",
        "It is 12 weeks",
        Optional.empty(),
        "c@example.org",
        Instant.parse("2026-03-03T10:00:00Z"),
        decided
            ? Optional.of(
                new AccuracyComment.Decision(
                    Verdict.ACCEPTED, "Checked", "a@example.org", Instant.now()))
            : Optional.empty(),
        0);
  }

  @Test
  void theCheckIsOpenUpToAndIncludingTheDueDateThenPastDue() {
    assertThat(check(List.of(), false).status(DUE)).isEqualTo(Status.OPEN);
    assertThat(check(List.of(), false).status(DUE.plusDays(1))).isEqualTo(Status.PAST_DUE);
    assertThat(check(List.of(), false).closed(DUE.plusDays(1))).isTrue();
  }

  @Test
  void aSubmittedCheckIsClosedEvenBeforeItsDueDate() {
    assertThat(check(List.of(), true).status(SENT)).isEqualTo(Status.SUBMITTED);
    assertThat(check(List.of(), true).whyClosed(SENT)).contains("factcheck.closed.submitted");
  }

  @Test
  void aCommentNeedsAKnownSectionWhatIsWrongAndTheCorrection() {
    assertThat(check(List.of(), false).checkComment("QS1", "Wrong", "Right", SENT)).isEmpty();
    assertThat(check(List.of(), false).checkComment("QS99", " ", null, SENT))
        .containsExactly(
            new Refusal("section", "factcheck.comment.section"),
            new Refusal("whatIsWrong", "factcheck.comment.whatIsWrong.missing"),
            new Refusal("correction", "factcheck.comment.correction.missing"));
    assertThat(check(List.of(), false).checkComment("QS1", "x".repeat(2001), "Right", SENT))
        .containsExactly(new Refusal("whatIsWrong", "factcheck.comment.whatIsWrong.tooLong"));
  }

  @Test
  void commentsAreRefusedAfterTheDueDateOrOnceSubmitted() {
    assertThat(check(List.of(), false).checkComment("QS1", "Wrong", "Right", DUE.plusDays(1)))
        .containsExactly(new Refusal("section", "factcheck.closed.pastDue"));
    assertThat(check(List.of(), true).checkComment("QS1", "Wrong", "Right", SENT))
        .containsExactly(new Refusal("section", "factcheck.closed.submitted"));
  }

  @Test
  void assessorsDecideOnlyOnceTheCheckIsClosedAndAlwaysWithAReason() {
    assertThat(check(List.of(), false).checkDecision("accepted", "Checked", SENT))
        .containsExactly(new Refusal("verdict", "factcheck.decide.stillOpen"));
    assertThat(check(List.of(), true).checkDecision("accepted", "Checked", SENT)).isEmpty();
    assertThat(check(List.of(), true).checkDecision("maybe", "", SENT))
        .containsExactly(
            new Refusal("verdict", "factcheck.decide.verdict"),
            new Refusal("reason", "factcheck.decide.reasonMissing"));
  }

  @Test
  void theCheckIsFinishedOnlyWhenEveryCommentIsDecided() {
    assertThat(check(List.of(comment(true), comment(false)), true).allDecided()).isFalse();
    assertThat(check(List.of(comment(true)), true).allDecided()).isTrue();
  }
}
