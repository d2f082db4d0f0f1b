package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports started from the staff area. The upload is streamed to a temporary file, the import runs
 * in the background, and its progress and report are kept in the database, so any instance of
 * Assure can show them.
 */
@Service
public class ImportJobs {

  /** An import as the staff area shows it. */
  public record Job(
      UUID id,
      String layout,
      String fileName,
      String period,
      String status,
      long rowsRead,
      String report,
      String startedBy) {

    public boolean running() {
      return "running".equals(status);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final int REPORT_LINES = 200;
  private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

  private final IndicatorImports imports;
  private final ImportJobRecords records;
  private final Clock clock;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "indicator-imports");
            thread.setDaemon(true);
            return thread;
          });

  ImportJobs(IndicatorImports imports, ImportJobRecords records, Clock clock) {
    this.imports = imports;
    this.records = records;
    this.clock = clock;
  }

  /** Saves the upload and starts importing it; returns the job to follow. */
  public UUID start(
      IndicatorImports.Format format, InputStream upload, String fileName, String period, String by)
      throws IOException {
    Path file = Files.createTempFile("assure-import-", ".csv");
    try (upload) {
      Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
    }
    UUID id = UUID.randomUUID();
    records.start(id, format.code(), fileName, period, by, clock.instant());
    runner.submit(() -> run(id, format, file, fileName, period, by));
    return id;
  }

  public Optional<Job> find(UUID id) {
    return records.find(id);
  }

  public List<Job> recent() {
    return records.recent();
  }

  private void run(
      UUID id,
      IndicatorImports.Format format,
      Path file,
      String fileName,
      String period,
      String by) {
    try {
      long[] reported = {System.nanoTime()};
      IndicatorImports.Result result =
          imports.importFile(
              format,
              file,
              fileName,
              period,
              by,
              rows -> {
                // Each progress note is a write to the database: note it twice a second at most.
                long now = System.nanoTime();
                if (now - reported[0] >= PROGRESS_INTERVAL_NANOS) {
                  reported[0] = now;
                  progress(id, rows);
                }
              });
      StringBuilder report = new StringBuilder();
      String status;
      if (result instanceof IndicatorImports.Result.Imported imported) {
        status = "imported";
        log.info(
            "Import {} of {}: {} rows read and {} values stored in {} ms ({} ms of it after the"
                + " last row was read)",
            id,
            fileName,
            imported.rowsRead(),
            imported.values(),
            imported.readMillis() + imported.storeMillis(),
            imported.storeMillis());
        report.append(
            String.format(
                "%,d rows read, %,d values stored.%n", imported.rowsRead(), imported.values()));
        imported.notes().forEach(note -> report.append(note).append('\n'));
      } else {
        status = "rejected";
        var rejected = (IndicatorImports.Result.Rejected) result;
        report.append(
            String.format(
                "Nothing was imported: %d problem(s) found.%n", rejected.problems().size()));
        rejected.problems().stream()
            .limit(REPORT_LINES)
            .forEach(problem -> report.append(problem).append('\n'));
      }
      result.unmatched().stream()
          .limit(REPORT_LINES)
          .forEach(name -> report.append("Not matched to a council: ").append(name).append('\n'));
      finish(id, status, result.rowsRead(), report.toString());
    } catch (IOException | RuntimeException e) {
      log.error("Import {} of {} failed", id, fileName, e);
      finish(id, "failed", 0, "The import could not be completed. Reference: " + id);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not remove the uploaded file {}", file, e);
      }
    }
  }

  private void progress(UUID id, long rows) {
    records.progress(id, rows);
  }

  private void finish(UUID id, String status, long rows, String report) {
    records.finish(id, status, rows, report, clock.instant());
  }
}
