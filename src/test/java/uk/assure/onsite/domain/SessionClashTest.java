package uk.assure.onsite.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionClashTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 14);
  private static final Session BOOKED =
      session("09:30", "10:30", "Town Hall, room 2", "A. Assessor, B. Assessor", DAY);

  @Test
  void theSameRoomAtOverlappingTimesClashes() {
    Session later = session("10:00", "11:00", "  town hall,   ROOM 2 ", "C. Assessor", DAY);
    assertThat(SessionClash.find(later, List.of(BOOKED)))
        .contains(new SessionClash.Clash(SessionClash.Kind.ROOM, "town hall,   ROOM 2", BOOKED));
  }

  @Test
  void aPersonInTwoSessionsAtOnceClashes() {
    Session other = session("09:00", "09:45", "Room 5", "D. Assessor, b. assessor", DAY);
    assertThat(SessionClash.find(other, List.of(BOOKED)))
        .contains(new SessionClash.Clash(SessionClash.Kind.PERSON, "b. assessor", BOOKED));
  }

  @Test
  void backToBackSessionsAnotherDayOrSomewhereElseDoNotClash() {
    assertThat(
            SessionClash.find(
                session("10:30", "11:30", "Town Hall, room 2", "A. Assessor", DAY),
                List.of(BOOKED)))
        .isEmpty();
    assertThat(
            SessionClash.find(
                session("09:30", "10:30", "Town Hall, room 2", "A. Assessor", DAY.plusDays(1)),
                List.of(BOOKED)))
        .isEmpty();
    assertThat(
            SessionClash.find(
                session("09:30", "10:30", "Room 5", "C. Assessor", DAY), List.of(BOOKED)))
        .isEmpty();
  }

  @Test
  void theSameSessionSentAgainIsNotAClashWithItself() {
    assertThat(SessionClash.find(BOOKED, List.of(BOOKED))).isEmpty();
  }

  private static Session session(
      String starts, String ends, String place, String assessors, LocalDate on) {
    return new Session(
        UUID.randomUUID(),
        SessionKind.INTERVIEW,
        "Interview " + starts,
        on,
        LocalTime.parse(starts),
        LocalTime.parse(ends),
        place,
        List.of(AttendeeRole.values()[0]),
        assessors,
        "lead@example.org",
        Instant.parse("2026-09-01T09:00:00Z"));
  }
}
