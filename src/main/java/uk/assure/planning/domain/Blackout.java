package uk.assure.planning.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.assure.council.domain.GssCode;

/**
 * Days when no site visit may take place: for one council (a pre-election period, say), or for
 * every council when {@code council} is empty (the programme's Christmas weeks).
 */
public record Blackout(Optional<GssCode> council, DateRange days) {

  public Blackout {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(days, "days");
  }

  /** Whether this blackout keeps a visit to this council from these days. */
  public boolean blocks(GssCode gss, LocalDate first, LocalDate last) {
    return council.map(gss::equals).orElse(true) && days.overlaps(first, last);
  }
}
