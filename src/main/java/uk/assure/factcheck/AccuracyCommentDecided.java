package uk.assure.factcheck;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that records it, when assessors decide on a council's factual
 * accuracy comment.
 *
 * @param section the report section the comment was about
 * @param verdict the code of the decision ({@link uk.assure.factcheck.domain.Verdict})
 */
public record AccuracyCommentDecided(
    AssessmentId assessment,
    GssCode council,
    String section,
    String verdict,
    String reason,
    String actor) {}
