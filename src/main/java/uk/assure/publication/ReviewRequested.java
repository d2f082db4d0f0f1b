package uk.assure.publication;

import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/** Published, inside the transaction that records it, when a review of a rating is asked for. */
public record ReviewRequested(
    UUID review, AssessmentId assessment, GssCode council, String actor) {}
