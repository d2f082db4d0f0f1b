package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.shared.csv.RowProblem;

/**
 * Imports published performance data. A file lands whole, in one transaction, or not at all: a file
 * with any unreadable row is refused with a report of every problem by row and column. Importing
 * the same figures again replaces them, so a re-import changes nothing. Councils a file names but
 * Assure cannot match are listed in the result, never dropped silently.
 *
 * <p>It is a little over 300 lines because it holds the layouts and results every caller names
 * beside the two ways an import runs (read then stored, or stored while read); the reading, the
 * handover between threads and the SQL are elsewhere.
 */
@Service
public class IndicatorImports {

  /** The layouts Assure reads. */
  public enum Format {
    ASCOF("ascof", true),
    SURVEY("survey", false),
    WORKFORCE("workforce", true),
    GENERIC("generic", false);

    private final String code;
    private final boolean needsPeriod;

    Format(String code, boolean needsPeriod) {
      this.code = code;
      this.needsPeriod = needsPeriod;
    }

    public String code() {
      return code;
    }

    public boolean needsPeriod() {
      return needsPeriod;
    }

    public static Format fromCode(String code) {
      return Arrays.stream(values())
          .filter(f -> f.code.equals(code))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "Unknown layout '" + code + "': use ascof, survey, workforce or generic"));
    }
  }

  /** What became of an import. */
  public sealed interface Result {
    long rowsRead();

    List<String> unmatched();

    /**
     * An import that landed. {@code readMillis} is the time to read and check the file (ASCOF
     * values are stored alongside); {@code storeMillis} the time spent storing after the last row
     * was read.
     */
    record Imported(
        long importId,
        long rowsRead,
        int values,
        List<String> unmatched,
        List<String> notes,
        long readMillis,
        long storeMillis)
        implements Result {}

    record Rejected(long rowsRead, List<RowProblem> problems, List<String> unmatched)
        implements Result {}
  }

  private static final int REPORTED_PROBLEMS = 1000;

  /**
   * How many values are staged and stored at once: large enough that the statements for each batch
   * cost little beside the rows, small enough that storing starts early in the file.
   */
  public static final int BATCH = 5_000;

  private final CouncilRegistry councils;
  private final IndicatorImportRecords records;
  private final ReadWhileStoring reading;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;
  private final Clock clock;

  IndicatorImports(
      CouncilRegistry councils,
      IndicatorImportRecords records,
      ReadWhileStoring reading,
      TransactionTemplate transaction,
      AuditTrail audit,
      Clock clock) {
    this.councils = councils;
    this.records = records;
    this.reading = reading;
    this.transaction = transaction;
    this.audit = audit;
    this.clock = clock;
  }

  public Result importFile(
      Format format, Path file, String fileName, String period, String actor, LongConsumer progress)
      throws IOException {
    if (format.needsPeriod() && (period == null || !period.matches("\\d{4}-\\d{2}"))) {
      return new Result.Rejected(
          0,
          List.of(
              new RowProblem(
                  0,
                  "period",
                  String.valueOf(period),
                  "give the period the file covers, such as 2022-23")),
          List.of());
    }
    long started = System.nanoTime();
    List<Council> all = councils.all();
    CouncilMatcher matcher = new CouncilMatcher(all, records.knownCassrCodes());
    if (format == Format.ASCOF) {
      return importWhileReading(file, fileName, period, actor, progress, matcher, started);
    }
    Set<String> regions = all.stream().map(Council::region).collect(Collectors.toSet());
    ParsedFile parsed =
        switch (format) {
          case ASCOF -> throw new IllegalStateException("ASCOF files are read while storing");
          case SURVEY -> TabularParsers.survey(file, matcher, progress);
          case WORKFORCE -> TabularParsers.workforce(file, period, matcher, regions, progress);
          case GENERIC -> TabularParsers.generic(file, matcher, progress);
        };
    Result.Rejected rejected = rejection(parsed);
    if (rejected != null) {
      return rejected;
    }
    long parsedAt = System.nanoTime();
    String sha256 = sha256(file);
    return transaction.execute(
        status -> {
          long importId = begin(format, fileName, period, actor);
          records.createStaging();
          List<IndicatorRow> rows = List.copyOf(parsed.rows.values());
          for (int from = 0; from < rows.size(); from += BATCH) {
            stage(rows.subList(from, Math.min(rows.size(), from + BATCH)), importId);
          }
          return finish(
              format, importId, fileName, sha256, parsed, matcher, actor, started, parsedAt);
        });
  }

  /** A file's problems, or that it has nothing to store, as a refusal; null if it can be stored. */
  private static Result.Rejected rejection(ParsedFile parsed) {
    if (parsed.problems.isEmpty() && parsed.values() == 0) {
      parsed.problems.add(new RowProblem(0, "", "", "the file has no figures Assure could store"));
    }
    if (parsed.problems.isEmpty()) {
      return null;
    }
    return new Result.Rejected(
        parsed.rowsRead,
        parsed.problems.subList(0, Math.min(REPORTED_PROBLEMS, parsed.problems.size())),
        List.copyOf(parsed.unmatched));
  }

  /**
   * Imports an ASCOF file with two threads ({@link ReadWhileStoring}): one reads and checks the
   * file and hands values over in batches as it goes, while this one, in the import's single
   * transaction, streams each batch to the database and stores it. The first import of a period
   * adds its values with COPY straight into the values table; later ones, and values whose rows
   * come back later in the file, go through staging and an upsert. Should the file turn out to have
   * any problem, however late, the transaction is rolled back and nothing is kept; should it turn
   * out not to be UTF-8, what was stored is rolled back to before the first value and the file read
   * again as Windows-1252.
   */
  private Result importWhileReading(
      Path file,
      String fileName,
      String period,
      String actor,
      LongConsumer progress,
      CouncilMatcher matcher,
      long started)
      throws IOException {
    try {
      return transaction.execute(
          status -> {
            long importId = begin(Format.ASCOF, fileName, period, actor);
            boolean periodHeld = records.periodHeld(Format.ASCOF.code(), period, importId);
            records.createStaging();
            Object[] beforeValues = {status.createSavepoint()};
            ParsedFile parsed =
                reading.read(
                    file,
                    period,
                    matcher,
                    progress,
                    importId,
                    new ReadWhileStoring.Storer() {
                      @Override
                      public void values(byte[] copyText, boolean again) {
                        if (periodHeld || again) {
                          records.stage(copyText);
                        } else {
                          records.addValues(copyText);
                        }
                      }

                      @Override
                      public void restart() {
                        status.rollbackToSavepoint(beforeValues[0]);
                        beforeValues[0] = status.createSavepoint();
                      }
                    });
            long parsedAt = System.nanoTime();
            Result.Rejected rejected = rejection(parsed);
            if (rejected != null) {
              status.setRollbackOnly();
              return rejected;
            }
            return finish(
                Format.ASCOF,
                importId,
                fileName,
                parsed.sha256,
                parsed,
                matcher,
                actor,
                started,
                parsedAt);
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Records the import; its digest and counts are filled in by {@link #finish}. */
  private long begin(Format format, String fileName, String period, String actor) {
    return records.begin(format.code(), fileName, period, clock.instant(), actor);
  }

  private Result.Imported finish(
      Format format,
      long importId,
      String fileName,
      String sha256,
      ParsedFile parsed,
      CouncilMatcher matcher,
      String actor,
      long started,
      long parsedAt) {
    records.finish(importId, sha256, parsed.rowsRead, parsed.values());
    matcher.learnt().forEach(records::rememberCassr);
    List<String> unmatched = List.copyOf(parsed.unmatched);
    audit.record(
        AuditRecord.of(AuditAction.DATA_IMPORTED, actor)
            .about("indicator_import", importId)
            .withDetail("layout", format.code())
            .withDetail("file", fileName)
            .withDetail("sha256", sha256)
            .withDetail("values", parsed.values())
            .withDetail("unmatched", unmatched.size()));
    return new Result.Imported(
        importId,
        parsed.rowsRead,
        parsed.values(),
        unmatched,
        List.copyOf(parsed.notes),
        (parsedAt - started) / 1_000_000,
        (System.nanoTime() - parsedAt) / 1_000_000);
  }

  private void stage(List<IndicatorRow> rows, long importId) {
    records.stage(CopyText.of(rows, importId));
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
