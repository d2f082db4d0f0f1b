package uk.assure.results;

import java.time.LocalDate;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;

/**
 * The reports published about assessments, as a council's public page links to them. The {@code
 * publication} feature implements it: publishing comes after the results it publishes, so results
 * ask through this interface rather than depend on publication.
 */
public interface PublishedReports {

  /** The latest published version of an assessment's report. */
  record LatestReport(int version, LocalDate publishedOn) {}

  /** The latest published version of the assessment's report, if any has been published. */
  Optional<LatestReport> latest(AssessmentId assessment);
}
