package uk.assure.factcheck;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.factcheck.domain.AccuracyComment;
import uk.assure.factcheck.domain.Draft;
import uk.assure.factcheck.domain.FactualAccuracyCheck;

/** Where drafts sent for the factual accuracy check, comments and submissions are kept. */
public interface FactCheckRecords {

  int draftCount(AssessmentId assessment);

  void addDraft(Draft draft);

  /** The draft, locked until the transaction ends so comments, submission and decisions queue. */
  Optional<Draft> lockDraft(AssessmentId assessment, int number);

  Optional<Draft> latestDraft(AssessmentId assessment);

  List<AccuracyComment> comments(AssessmentId assessment, int draftNumber);

  void addComment(AssessmentId assessment, AccuracyComment comment);

  /** Records a decision if the comment is still at {@code seenVersion}; false if it is not. */
  boolean decide(
      AssessmentId assessment, UUID comment, int seenVersion, AccuracyComment.Decision decision);

  /** Records the submission unless there is one already; false if there was. */
  boolean submit(
      AssessmentId assessment, int draftNumber, FactualAccuracyCheck.Submission submission);

  Optional<FactualAccuracyCheck.Submission> submission(AssessmentId assessment, int draftNumber);
}
