package uk.assure.onsite.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A session of the on-site visit: an interview, focus group or drop-in. */
public record Session(
    UUID id,
    SessionKind kind,
    String title,
    LocalDate on,
    LocalTime starts,
    LocalTime ends,
    String place,
    List<AttendeeRole> attendees,
    String assessors,
    String plannedBy,
    Instant plannedAt) {

  public Session {
    Objects.requireNonNull(kind, "kind");
    attendees = List.copyOf(attendees);
    if (!ends.isAfter(starts)) {
      throw new IllegalArgumentException("A session ends after it starts");
    }
    if (attendees.isEmpty()) {
      throw new IllegalArgumentException("A session is with someone");
    }
  }
}
