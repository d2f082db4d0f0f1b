package uk.assure.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/**
 * A request to review a published rating, with its grounds and every step taken on it.
 *
 * @param version goes up with each step, so two people progressing it at once collide
 */
public record ReviewRequest(
    UUID id,
    AssessmentId assessment,
    GssCode council,
    String grounds,
    String requestedBy,
    Instant requestedAt,
    ReviewStatus status,
    List<Step> steps,
    int version) {

  /** Longest grounds or reason kept. */
  public static final int MAX_TEXT = 5000;

  /** One step: the status reached, why, who and when. */
  public record Step(
      ReviewStatus status, Optional<String> reason, String actor, Instant at, LocalDate on) {

    public Step {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
    }
  }

  public ReviewRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(status, "status");
    steps = List.copyOf(steps);
    if (grounds == null || grounds.isBlank()) {
      throw new IllegalArgumentException("A review request has grounds");
    }
  }

  /** Why new grounds cannot be recorded, as a message key, if they cannot. */
  public static Optional<String> groundsProblem(String grounds) {
    if (grounds == null || grounds.isBlank()) {
      return Optional.of("review.grounds.missing");
    }
    if (grounds.strip().length() > MAX_TEXT) {
      return Optional.of("review.grounds.tooLong");
    }
    return Optional.empty();
  }

  /** Why this request cannot move to {@code to} with {@code reason}, if it cannot. */
  public Optional<String> stepProblem(ReviewStatus to, String reason) {
    if (!status.canMoveTo(to)) {
      return Optional.of(status.outcome() ? "review.step.decided" : "review.step.notNext");
    }
    if (reason == null || reason.isBlank()) {
      return Optional.of("review.step.reasonMissing");
    }
    if (reason.strip().length() > MAX_TEXT) {
      return Optional.of("review.step.reasonTooLong");
    }
    return Optional.empty();
  }
}
