package uk.assure.journey;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.StageMove;

/** Where the moves and dates of assessments' journeys are kept, oldest first. */
public interface JourneyRecords {

  List<StageMove> moves(AssessmentId id);

  /** Adds a move; false if a move with its sequence number is already there. */
  boolean append(AssessmentId id, StageMove move);

  List<DateChange> dateChanges(AssessmentId id);

  void addDateChange(AssessmentId id, DateChange change);
}
