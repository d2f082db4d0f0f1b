package uk.assure.publication.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.publication.domain.ReviewRequest;

/** A request to review a rating as its pages show it. */
record ReviewView(
    String id,
    String assessmentId,
    String gss,
    String grounds,
    String requestedBy,
    String requestedOn,
    String status,
    boolean decided,
    int version,
    List<StepRow> steps) {

  /** One step taken. */
  record StepRow(String status, Optional<String> reason, String actor, String on) {}

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  static ReviewView of(ReviewRequest r) {
    return new ReviewView(
        r.id().toString(),
        r.assessment().toString(),
        r.council().value(),
        r.grounds(),
        r.requestedBy(),
        r.requestedAt().atZone(LONDON).toLocalDate().format(FactualAccuracy.DATE),
        r.status().code(),
        r.status().outcome(),
        r.version(),
        r.steps().stream()
            .map(
                s ->
                    new StepRow(
                        s.status().code(),
                        s.reason(),
                        s.actor(),
                        s.on().format(FactualAccuracy.DATE)))
            .toList());
  }
}
