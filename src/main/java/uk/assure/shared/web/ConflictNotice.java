package uk.assure.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Who saved while the person was editing, and when, for the "review and send again" message of an
 * editing page; {@link #when} says any saving time the same way.
 */
public record ConflictNotice(String changedBy, String changedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public static ConflictNotice of(Optional<String> by, Optional<Instant> at) {
    return new ConflictNotice(by.orElse(""), at.map(WHEN::format).orElse(""));
  }

  /** A saving time as the pages say it, in London time: "3 March 2026 at 14:05". */
  public static String when(Instant at) {
    return WHEN.format(at);
  }
}
