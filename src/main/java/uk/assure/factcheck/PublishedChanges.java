package uk.assure.factcheck;

import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.factcheck.domain.ChangeLog;
import uk.assure.factcheck.domain.ReportSnapshot;

/**
 * What changed in an assessment's published report since the draft its council checked. The {@code
 * publication} feature implements it: publishing comes after the factual accuracy check, so the
 * check asks through this interface rather than depend on publication.
 */
public interface PublishedChanges {

  /**
   * What changed in the published report (version 1) since the draft the council checked, once the
   * assessment is published with a report.
   */
  Optional<ChangeLog> sinceDraft(AssessmentId assessment, ReportSnapshot draft);
}
