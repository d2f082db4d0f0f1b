package uk.assure.journey;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.journey.domain.Stage;

/**
 * Published, inside the transaction that records it, when an assessment enters a stage, so other
 * features can act on it (the information return opens its requests, for example) without the
 * journey knowing them.
 */
public record StageEntered(AssessmentId assessment, Stage stage, String actor) {}
