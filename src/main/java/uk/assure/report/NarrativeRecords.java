package uk.assure.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.domain.Narrative;

/** Where the versions of reports' narratives are kept. */
public interface NarrativeRecords {

  /** The latest version of an assessment's narrative, if one has been saved. */
  Optional<Narrative> latest(AssessmentId assessment);

  /**
   * For each topic tag, how many statements carry it across the narratives of the given
   * assessments, in one query: for each, the latest version saved by the time its latest report was
   * published, or the latest version if it has no published report.
   */
  Map<String, Integer> tagCounts(Collection<AssessmentId> assessments);

  /** Who saved each version, newest first. */
  List<SavedVersion> versions(AssessmentId assessment);

  /** One saved version: its number, who saved it and when. */
  record SavedVersion(int version, String savedBy, Instant savedAt) {}

  /**
   * Adds {@code narrative} as the next version, if the latest is still {@code narrative.version() -
   * 1}; false (and nothing stored) if someone else saved that version first.
   */
  boolean add(AssessmentId assessment, Narrative narrative);
}
