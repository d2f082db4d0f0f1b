package uk.assure.onsite.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a session would double-book a room or a person: another session of the visit on the same
 * day, overlapping in time (one ending as the next starts is no clash), held in the same place or
 * with an assessor in common. Places and names are compared ignoring case and spacing.
 */
public final class SessionClash {

  /** What clashes, and with which session. */
  public enum Kind {
    ROOM,
    PERSON
  }

  /**
   * A double booking.
   *
   * @param who the room or the person booked twice, as the new session names them
   * @param with the session already booked
   */
  public record Clash(Kind kind, String who, Session with) {}

  private SessionClash() {}

  /** The first clash of the session with those already planned, in the order they are held. */
  public static Optional<Clash> find(Session session, List<Session> planned) {
    for (Session other : planned) {
      if (other.id().equals(session.id()) || !overlap(session, other)) {
        continue;
      }
      if (same(session.place()).equals(same(other.place()))) {
        return Optional.of(new Clash(Kind.ROOM, session.place().strip(), other));
      }
      List<String> theirs = people(other.assessors()).stream().map(SessionClash::same).toList();
      for (String person : people(session.assessors())) {
        if (theirs.contains(same(person))) {
          return Optional.of(new Clash(Kind.PERSON, person, other));
        }
      }
    }
    return Optional.empty();
  }

  /** The people named in an assessors field: names separated by commas. */
  static List<String> people(String assessors) {
    return Arrays.stream(assessors.split("[,;]"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  private static boolean overlap(Session a, Session b) {
    return a.on().equals(b.on()) && a.starts().isBefore(b.ends()) && b.starts().isBefore(a.ends());
  }

  private static String same(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
