package uk.assure.assessment;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that stores it, when someone starts an assessment, so other
 * features can act on it (the team makes a lead assessor who starts one its lead) without the
 * assessment knowing them.
 *
 * @param startedBy the email address of the person who started it
 */
public record AssessmentStarted(AssessmentId assessment, GssCode council, String startedBy) {}
