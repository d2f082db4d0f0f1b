package uk.assure.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.journey.AssessmentJourney;
import uk.assure.publication.domain.ReviewRequest;
import uk.assure.publication.domain.ReviewStatus;
import uk.assure.shared.domain.Refusal;

/**
 * Requests to review a published rating: recorded with their grounds by the council (or by staff on
 * its behalf) and taken by staff through review to an outcome, each step with its reason.
 */
@Service
public class RatingReviews {

  /** What became of a request or a step. */
  public sealed interface Outcome {
    record Done(UUID review) implements Outcome {}

    record Refused(Refusal refusal) implements Outcome {}

    /** Someone moved the request on since the person looked. */
    record Stale() implements Outcome {}
  }

  private final PublicationRecords records;
  private final AssessmentJourney journey;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RatingReviews(
      PublicationRecords records,
      AssessmentJourney journey,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.records = records;
    this.journey = journey;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a request to review the rating a published assessment gave, under the key of the form
   * it came from: the same form sent again is taken as done, not recorded twice.
   */
  @Transactional
  public Outcome request(Assessment assessment, UUID key, String grounds, String actor) {
    if (!assessment.published()) {
      return new Outcome.Refused(new Refusal("grounds", "review.notPublished"));
    }
    Optional<String> problem = ReviewRequest.groundsProblem(grounds);
    if (problem.isPresent()) {
      return new Outcome.Refused(new Refusal("grounds", problem.get()));
    }
    Instant now = clock.instant();
    ReviewRequest request =
        new ReviewRequest(
            key,
            assessment.id(),
            assessment.council(),
            grounds.strip(),
            actor,
            now,
            ReviewStatus.RECEIVED,
            List.of(
                new ReviewRequest.Step(
                    ReviewStatus.RECEIVED, Optional.empty(), actor, now, journey.today())),
            0);
    if (!records.addReview(request)) {
      return new Outcome.Done(key);
    }
    audit.record(
        AuditRecord.of(AuditAction.REVIEW_REQUESTED, actor)
            .about("review", request.id())
            .withCouncil(assessment.council().value())
            .withDetail("assessment", assessment.id().toString()));
    events.publishEvent(
        new ReviewRequested(request.id(), assessment.id(), assessment.council(), actor));
    return new Outcome.Done(request.id());
  }

  /** Moves a request on to its next status, with a reason. */
  @Transactional
  public Outcome step(UUID id, int seenVersion, String statusCode, String reason, String actor) {
    ReviewRequest request = records.review(id).orElseThrow();
    Optional<ReviewStatus> to = ReviewStatus.find(statusCode);
    if (to.isEmpty()) {
      return new Outcome.Refused(new Refusal("status", "review.step.choose"));
    }
    if (request.version() != seenVersion) {
      return new Outcome.Stale();
    }
    Optional<String> problem = request.stepProblem(to.get(), reason);
    if (problem.isPresent()) {
      return new Outcome.Refused(
          new Refusal(
              problem.get().startsWith("review.step.reason") ? "reason" : "status", problem.get()));
    }
    Instant now = clock.instant();
    if (!records.addStep(
        id,
        seenVersion,
        new ReviewRequest.Step(
            to.get(), Optional.of(reason.strip()), actor, now, journey.today()))) {
      return new Outcome.Stale();
    }
    audit.record(
        AuditRecord.of(AuditAction.REVIEW_PROGRESSED, actor)
            .about("review", id)
            .withCouncil(request.council().value())
            .withDetail("status", to.get().code())
            .withDetail("reason", reason.strip()));
    events.publishEvent(
        new ReviewProgressed(
            id,
            request.assessment(),
            request.council(),
            to.get().code(),
            to.get().outcome(),
            reason.strip(),
            actor));
    return new Outcome.Done(id);
  }

  public List<ReviewRequest> of(Assessment assessment) {
    return records.reviews(assessment.id());
  }

  public List<ReviewRequest> all() {
    return records.allReviews();
  }

  public Optional<ReviewRequest> find(UUID id) {
    return records.review(id);
  }
}
