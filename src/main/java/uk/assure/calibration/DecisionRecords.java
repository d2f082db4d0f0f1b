package uk.assure.calibration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.domain.PanelDecision;

/** Where the panel's decisions are kept. */
public interface DecisionRecords {

  /** The decision in force for the assessment, if any. */
  Optional<PanelDecision> inForce(AssessmentId assessment);

  /** Every decision on the assessment, newest first, with whether each was superseded. */
  List<PanelDecision> all(AssessmentId assessment);

  /** Adds a decision; false (and nothing added) when one is already in force. */
  boolean add(PanelDecision decision);

  /** Marks the decision in force superseded; false when there was none. */
  boolean supersede(AssessmentId assessment, String by, Instant at);
}
