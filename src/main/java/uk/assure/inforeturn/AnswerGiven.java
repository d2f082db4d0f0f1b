package uk.assure.inforeturn;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that records it, when a council answers one of its information
 * return requests.
 *
 * @param item the code of the request answered
 */
public record AnswerGiven(AssessmentId assessment, GssCode council, String item, String actor) {}
