package uk.assure.workbench.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Who saved while the person was editing, and when, for the "review and resubmit" message. */
record ConflictNotice(String changedBy, String changedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  static ConflictNotice of(String by, Optional<Instant> at) {
    return new ConflictNotice(by, at.map(WHEN::format).orElse(""));
  }
}
