package uk.assure.journey;

import java.util.List;
import uk.assure.assessment.domain.Assessment;
import uk.assure.journey.domain.Stage;

/**
 * Something staff should see, and confirm they have seen, before moving an assessment on: work left
 * undone that does not stop the move (a council's unanswered required requests, for example). Each
 * is a bean, so a feature adds its warnings without the journey knowing it. The move page lists
 * them and the move goes ahead only once the person confirms.
 */
public interface MoveWarning {

  /** The warnings for moving the assessment from one stage to another, none if there are none. */
  List<StageBlocked.Reason> warnings(Assessment assessment, Stage from, Stage to);
}
