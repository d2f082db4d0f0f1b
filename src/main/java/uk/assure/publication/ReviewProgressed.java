package uk.assure.publication;

import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that records it, when a review request moves on.
 *
 * @param status the code of the status it reached ({@link
 *     uk.assure.publication.domain.ReviewStatus})
 * @param outcome whether that status is the review's outcome
 */
public record ReviewProgressed(
    UUID review,
    AssessmentId assessment,
    GssCode council,
    String status,
    boolean outcome,
    String reason,
    String actor) {}
