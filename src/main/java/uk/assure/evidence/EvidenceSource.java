package uk.assure.evidence;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.domain.EvidenceTally;

/**
 * A kind of evidence an assessment gathers (documents from the information return, case review
 * notes, feedback, on-site notes, national figures). Each source says how many of its pieces are
 * linked to each quality statement under each evidence category, so the coverage of an assessment
 * can be shown without knowing how any source keeps its evidence.
 */
public interface EvidenceSource {

  /**
   * The pieces of this source's evidence linked to the assessment, counted per statement and
   * category.
   */
  List<EvidenceTally> tally(AssessmentId assessment);

  /**
   * Every piece of this source's evidence linked to one statement of the assessment, each under its
   * evidence category; none for a statement code the source does not know.
   */
  List<EvidenceItem> items(AssessmentId assessment, String statement);
}
