package uk.assure.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.domain.ReportSnapshot;

/**
 * One published version of an assessment's report, exactly as published; never changed.
 *
 * @param version 1 when the assessment was published, one more for each amendment
 * @param changeNote what an amendment changed and why; none for version 1
 */
public record PublishedVersion(
    AssessmentId assessment,
    GssCode council,
    int version,
    ReportSnapshot report,
    String publishedBy,
    Instant publishedAt,
    LocalDate publishedOn,
    Optional<String> changeNote) {

  public PublishedVersion {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(publishedBy, "publishedBy");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(changeNote, "changeNote");
    if (version < 1) {
      throw new IllegalArgumentException("Versions are numbered from 1");
    }
    if ((version == 1) != changeNote.isEmpty()) {
      throw new IllegalArgumentException("Every amendment, and only an amendment, has a note");
    }
  }
}
