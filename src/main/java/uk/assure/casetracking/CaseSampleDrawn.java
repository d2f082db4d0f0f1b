package uk.assure.casetracking;

import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * Published, inside the transaction that keeps it, when a sample of cases is drawn, so the council
 * can be told how many cases it is asked about.
 *
 * @param listSize the cases reviewed from the list
 * @param followSize the cases followed through in depth
 */
public record CaseSampleDrawn(
    AssessmentId assessment, GssCode council, int listSize, int followSize, String actor) {}
