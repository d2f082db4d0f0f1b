package uk.assure.journey;

import uk.assure.assessment.domain.AssessmentId;

/** An assessment was withdrawn before publication, with the lead's reason; its council is told. */
public record AssessmentWithdrawn(AssessmentId id, String council, String reason, String actor) {}
