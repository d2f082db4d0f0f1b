package uk.assure.journey;

import java.util.List;
import java.util.Set;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.StageMove;

/** Where the moves and dates of assessments' journeys are kept, oldest first. */
public interface JourneyRecords {

  List<StageMove> moves(AssessmentId id);

  /**
   * The assessments whose latest move took them to this stage, in one query rather than one per
   * assessment (assessments that have not moved yet are at planned and are not included, nor are
   * withdrawn ones, which are closed).
   */
  Set<AssessmentId> movedLastTo(Stage stage);

  /** Adds a move; false if a move with its sequence number is already there. */
  boolean append(AssessmentId id, StageMove move);

  List<DateChange> dateChanges(AssessmentId id);

  void addDateChange(AssessmentId id, DateChange change);

  /** The assessment's withdrawal, if it was withdrawn. */
  java.util.Optional<uk.assure.journey.domain.Withdrawal> withdrawal(AssessmentId id);

  /** Records a withdrawal; kept as written. */
  void addWithdrawal(AssessmentId id, uk.assure.journey.domain.Withdrawal withdrawal);
}
