package uk.assure.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.assure.assessment.domain.AssessmentId;

/** The national figures linked to an assessment's quality statements, as stored. */
public interface IndicatorLinkRecords {

  /** One stored link: a statement and the key of the figure linked to it. */
  record Link(String statement, String figureKey) {}

  /** How many figures are linked to each statement, by statement code. */
  Map<String, Integer> countsByStatement(AssessmentId assessment);

  /** Every link of the assessment, by statement, measure and period. */
  List<Link> links(AssessmentId assessment);

  /** Links a figure to a statement; false when it was linked to that statement already. */
  boolean add(
      AssessmentId assessment, String statement, CouncilIndicator figure, String by, Instant at);
}
