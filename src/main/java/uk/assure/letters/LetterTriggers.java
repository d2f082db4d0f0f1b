package uk.assure.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.casetracking.CaseSampleDrawn;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.AccuracyCommentDecided;
import uk.assure.factcheck.AccuracyCommentsSubmitted;
import uk.assure.inforeturn.AnswerGiven;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.AssessmentWithdrawn;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.JourneyState;
import uk.assure.letters.domain.LetterKind;
import uk.assure.publication.ReviewProgressed;
import uk.assure.publication.ReviewRequested;

/**
 * Writes the letter for each step as the step happens: these listeners run inside the transaction
 * of the step (not after it commits), so the letters are queued exactly when the step is recorded,
 * and not at all if it is undone.
 */
@Component
class LetterTriggers {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Letters letters;
  private final AssessmentRecords assessments;
  private final AssessmentJourney journey;
  private final MessageSource messages;

  LetterTriggers(
      Letters letters,
      AssessmentRecords assessments,
      AssessmentJourney journey,
      MessageSource messages) {
    this.letters = letters;
    this.assessments = assessments;
    this.journey = journey;
    this.messages = messages;
  }

  @EventListener
  void onStageEntered(StageEntered event) {
    Assessment assessment = assessments.find(event.assessment()).orElseThrow();
    String council = "/council/assessments/" + assessment.id();
    switch (event.stage()) {
      case NOTIFIED ->
          send(
              LetterKind.NOTICE,
              assessment,
              council,
              Map.of("siteVisitDate", date(state(assessment).siteVisitOn())));
      case INFORMATION_RETURN ->
          send(
              LetterKind.INFORMATION_RETURN_ISSUED,
              assessment,
              council + "/information-return",
              Map.of("dueDate", date(state(assessment).informationReturnDue())));
      case ON_SITE ->
          send(
              LetterKind.SITE_VISIT_PLAN,
              assessment,
              council + "/on-site",
              Map.of("siteVisitDate", date(state(assessment).siteVisitOn())));
      case FACTUAL_ACCURACY ->
          send(
              LetterKind.DRAFT_FOR_CHECK,
              assessment,
              council + "/factual-accuracy",
              Map.of(
                  "dueDate",
                  date(
                      state(assessment)
                          .factualAccuracyDue()
                          .map(uk.assure.journey.domain.WorkingDays.CountedDate::date))));
      case PUBLISHED ->
          send(
              LetterKind.PUBLICATION,
              assessment,
              "/councils/" + assessment.council().value() + "/report",
              Map.of());
      default -> {
        // The other steps are internal to the Commission; the council is not written to.
      }
    }
  }

  @EventListener
  void onSampleDrawn(CaseSampleDrawn event) {
    letters.send(
        LetterKind.CASE_SAMPLE_DRAWN,
        event.assessment(),
        event.council(),
        "/council/assessments/" + event.assessment() + "/cases",
        Map.of(
            "listCount", Integer.toString(event.listSize()),
            "followCount", Integer.toString(event.followSize())));
  }

  @EventListener
  void onAccuracyDecided(AccuracyCommentDecided event) {
    letters.send(
        LetterKind.ACCURACY_DECISION,
        event.assessment(),
        event.council(),
        "/council/assessments/" + event.assessment() + "/factual-accuracy",
        Map.of(
            "section", event.section(),
            "decision", text("factcheck.verdict." + event.verdict()),
            "reason", event.reason()));
  }

  @EventListener
  void onReviewProgressed(ReviewProgressed event) {
    if (event.outcome()) {
      letters.send(
          LetterKind.REVIEW_OUTCOME,
          event.assessment(),
          event.council(),
          "/council/assessments/" + event.assessment() + "/review-requests",
          Map.of("outcome", text("review.status." + event.status()), "reason", event.reason()));
    }
  }

  @EventListener
  void onWithdrawn(AssessmentWithdrawn event) {
    letters.send(
        LetterKind.WITHDRAWAL,
        event.id(),
        new GssCode(event.council()),
        "/council",
        Map.of("reason", event.reason()));
  }

  @EventListener
  void onAnswerGiven(AnswerGiven event) {
    letters.send(
        LetterKind.ANSWER_GIVEN,
        event.assessment(),
        event.council(),
        "/staff/assessments/" + event.assessment() + "/information-return",
        Map.of("item", event.item()));
  }

  @EventListener
  void onCommentsSubmitted(AccuracyCommentsSubmitted event) {
    letters.send(
        LetterKind.COMMENTS_SUBMITTED,
        event.assessment(),
        event.council(),
        "/staff/assessments/" + event.assessment() + "/factual-accuracy",
        Map.of("commentCount", Integer.toString(event.comments())));
  }

  @EventListener
  void onReviewRequested(ReviewRequested event) {
    letters.send(
        LetterKind.REVIEW_REQUESTED,
        event.assessment(),
        event.council(),
        "/staff/review-requests/" + event.review(),
        Map.of());
  }

  private void send(
      LetterKind kind, Assessment assessment, String path, Map<String, String> facts) {
    letters.send(kind, assessment.id(), assessment.council(), path, facts);
  }

  private JourneyState state(Assessment assessment) {
    return journey.state(assessment);
  }

  private String date(Optional<LocalDate> date) {
    return date.map(DATE::format).orElseGet(() -> text("letters.value.notSet"));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }
}
