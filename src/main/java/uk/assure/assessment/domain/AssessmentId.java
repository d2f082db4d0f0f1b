package uk.assure.assessment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one assessment of one council. */
public record AssessmentId(UUID value) {

  public AssessmentId {
    Objects.requireNonNull(value, "value");
  }

  public static AssessmentId random() {
    return new AssessmentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
