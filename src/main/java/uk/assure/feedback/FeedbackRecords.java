package uk.assure.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.feedback.domain.FeedbackRole;

/** Feedback and its tags as stored. */
public interface FeedbackRecords {

  /** A piece of feedback as received. */
  record Received(
      UUID id,
      AssessmentId assessment,
      FeedbackRole role,
      String body,
      boolean quotable,
      Optional<String> contactEmail,
      UUID submissionKey,
      String clientHash,
      Instant receivedAt) {}

  /** Adds feedback; false when feedback with the same submission key was received already. */
  boolean add(Received feedback);

  /** How much feedback came from a client since a moment. */
  int countFrom(String clientHash, Instant since);

  List<FeedbackItem> forAssessment(AssessmentId assessment);

  Optional<AssessmentId> assessmentOf(UUID feedback);

  void addTags(UUID feedback, FeedbackItem.Tags tags);
}
