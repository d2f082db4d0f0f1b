package uk.assure.assessment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.assure.assessment.AssessmentScoring;

/** Who saved the scores while the person was editing them, and when. */
record ConflictView(String changedBy, String changedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  static ConflictView of(AssessmentScoring.Outcome.Conflict conflict) {
    return new ConflictView(
        conflict.changedBy().orElse(""), conflict.changedAt().map(WHEN::format).orElse(""));
  }
}
