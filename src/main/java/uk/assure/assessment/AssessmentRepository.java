package uk.assure.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;

/** Where assessments and their scores are kept. */
public interface AssessmentRepository {

  /** Stores a new, unpublished assessment with its scores. */
  void add(Assessment assessment);

  /** Marks an unpublished assessment published on the given date; it is then immutable. */
  void publish(AssessmentId id, LocalDate on);

  Optional<Assessment> find(AssessmentId id);

  /** Every published assessment, with or without demonstration ones, in one query. */
  List<Assessment> allPublished(boolean includeDemo);

  boolean anyDemo();

  /**
   * How many assessments have been published. Published assessments never change or go away, so
   * this number changes exactly when the published picture does.
   */
  long publishedCount();
}
