package uk.assure.assessment;

import uk.assure.assessment.domain.AssessmentId;

/**
 * Something that can hold an assessment's scores fixed, such as the calibration panel's decision.
 * While any lock holds, {@link AssessmentScoring#revise} changes nothing and says the scores are
 * locked.
 */
public interface ScoreLock {

  boolean locked(AssessmentId assessment);
}
