package uk.assure.indicator.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Imports started from the staff area, with their progress and report, as stored. */
public interface ImportJobRecords {

  /** Records a job as running. */
  void start(UUID id, String layout, String fileName, String period, String by, Instant at);

  Optional<ImportJobs.Job> find(UUID id);

  /** The twenty most recently started jobs, newest first. */
  List<ImportJobs.Job> recent();

  void progress(UUID id, long rowsRead);

  void finish(UUID id, String status, long rowsRead, String report, Instant at);
}
