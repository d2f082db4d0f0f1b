package uk.assure.assessment;

import java.time.Instant;
import uk.assure.assessment.domain.AssessmentId;

/**
 * The score in force for one scored item of an assessment and the person who entered it.
 *
 * @param item the statement code, or "statement/category" under the 2023-12 method
 */
public record ScoreEntry(
    AssessmentId assessment, String item, int score, String enteredBy, Instant enteredAt) {}
