package uk.assure.publication;

import java.time.LocalDate;
import java.util.Optional;

/** What a list of a report's published versions shows of each. */
public record VersionSummary(
    int version,
    String contentHash,
    LocalDate publishedOn,
    String publishedBy,
    Optional<String> changeNote) {}
