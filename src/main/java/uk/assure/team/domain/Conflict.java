package uk.assure.team.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import uk.assure.council.domain.GssCode;

/**
 * A conflict of interest a member of staff has with a council: they may not join its teams.
 *
 * @param reason what the conflict is, in the person's words
 * @param recordedBy who recorded it: the person themselves, or an administrator
 */
public record Conflict(
    UUID person, GssCode council, String reason, String recordedBy, Instant recordedAt) {

  public static final int MAX_REASON = 500;

  public Conflict {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
      throw new IllegalArgumentException("A conflict has a reason of up to 500 characters");
    }
    reason = reason.strip();
  }
}
