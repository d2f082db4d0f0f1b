package uk.assure.assessment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;

/**
 * Finds the assessment a page is about, from the id in its address, for the person asking. An id
 * that is malformed, unknown, demonstration data, or another council's is "not found" alike, so a
 * council user learns nothing of other councils' work by guessing.
 */
@Component
public class AssessmentAccess {

  private final AssessmentRecords assessments;

  AssessmentAccess(AssessmentRecords assessments) {
    this.assessments = assessments;
  }

  /** An assessment a council user may see: one of their own council's, not a demonstration. */
  public Assessment forCouncilUser(AssureUser user, String id) {
    return parse(id)
        .flatMap(assessments::find)
        .filter(a -> !a.demo() && user.maySee(a.council()))
        .orElseThrow(AssessmentAccess::notFound);
  }

  /** Any real (not demonstration) assessment, for regulator staff. */
  public Assessment forStaff(String id) {
    return parse(id)
        .flatMap(assessments::find)
        .filter(a -> !a.demo())
        .orElseThrow(AssessmentAccess::notFound);
  }

  private static Optional<AssessmentId> parse(String id) {
    try {
      return Optional.of(new AssessmentId(UUID.fromString(id)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static NotFound notFound() {
    return new NotFound();
  }
}
