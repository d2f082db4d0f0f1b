package uk.assure.factcheck;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that records it, when a council submits its factual accuracy
 * comments on a draft.
 */
public record AccuracyCommentsSubmitted(
    AssessmentId assessment, GssCode council, int draft, int comments, String actor) {}
