package uk.assure.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.csv.RowProblem;

/**
 * Imports published performance data. A file lands whole, in one transaction, or not at all: a file
 * with any unreadable row is refused with a report of every problem by row and column. Importing
 * the same figures again replaces them, so a re-import changes nothing. Councils a file names but
 * Assure cannot match are listed in the result, never dropped silently.
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
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;
  private final Clock clock;

  IndicatorImports(
      CouncilRegistry councils,
      JdbcClient jdbc,
      DataSource dataSource,
      TransactionTemplate transaction,
      AuditTrail audit,
      Clock clock) {
    this.councils = councils;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
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
    CouncilMatcher matcher = new CouncilMatcher(all, knownCassrCodes());
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
          createStaging();
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

  /** What the reading thread hands to the storing one. */
  private sealed interface Handover {
    /** Values in COPY text; {@code again} if some may have been handed over before. */
    record Values(byte[] copyText, boolean again) implements Handover {}

    record Restart() implements Handover {}

    record Done(ParsedFile parsed) implements Handover {}

    record Failed(Throwable cause) implements Handover {}
  }

  /**
   * Imports an ASCOF file with two threads: one reads and checks the file and hands values over in
   * batches as it goes, while this one, in the import's single transaction, streams each batch to
   * the database and stores it. The first import of a period adds its values with COPY straight
   * into the values table; later ones, and values whose rows come back later in the file, go
   * through staging and an upsert. Should the file turn out to have any problem, however late, the
   * transaction is rolled back and nothing is kept; should it turn out not to be UTF-8, what was
   * stored is rolled back to before the first value and the file read again as Windows-1252.
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
            boolean periodHeld = periodHeld(Format.ASCOF, period, importId);
            createStaging();
            Object beforeValues = status.createSavepoint();
            BlockingQueue<Handover> handovers = new ArrayBlockingQueue<>(4);
            AtomicBoolean stopped = new AtomicBoolean();
            AscofParser.Sink sink =
                new AscofParser.Sink() {
                  @Override
                  public int batch() {
                    return BATCH;
                  }

                  @Override
                  public void values(List<IndicatorRow> values, boolean again)
                      throws InterruptedException {
                    hand(
                        handovers,
                        stopped,
                        new Handover.Values(CopyText.of(values, importId), again));
                  }

                  @Override
                  public void restart() throws InterruptedException {
                    hand(handovers, stopped, new Handover.Restart());
                  }
                };
            Thread reader =
                new Thread(
                    () -> {
                      Handover last;
                      try {
                        last =
                            new Handover.Done(
                                AscofParser.parse(file, period, matcher, progress, sink));
                      } catch (Throwable e) {
                        last = new Handover.Failed(e);
                      }
                      try {
                        hand(handovers, stopped, last);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    },
                    "indicator-import-reader");
            reader.setDaemon(true);
            reader.start();
            ParsedFile parsed;
            try {
              while (true) {
                Handover handover = handovers.take();
                if (handover instanceof Handover.Values values) {
                  if (periodHeld || values.again()) {
                    stage(values.copyText());
                  } else {
                    copy("indicator_values", values.copyText());
                  }
                } else if (handover instanceof Handover.Restart) {
                  status.rollbackToSavepoint(beforeValues);
                  beforeValues = status.createSavepoint();
                } else if (handover instanceof Handover.Done done) {
                  parsed = done.parsed();
                  break;
                } else {
                  Throwable cause = ((Handover.Failed) handover).cause();
                  if (cause instanceof IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  if (cause instanceof RuntimeException e) {
                    throw e;
                  }
                  throw new IllegalStateException("Could not read the file", cause);
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("The import was interrupted", e);
            } finally {
              stopped.set(true);
            }
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

  /** Hands something to the storing thread, unless it has stopped waiting. */
  private static void hand(BlockingQueue<Handover> handovers, AtomicBoolean stopped, Handover h)
      throws InterruptedException {
    while (!handovers.offer(h, 100, TimeUnit.MILLISECONDS)) {
      if (stopped.get()) {
        throw new InterruptedException("The import stopped before the file was read");
      }
    }
  }

  /** Records the import; its digest and counts are filled in by {@link #finish}. */
  private long begin(Format format, String fileName, String period, String actor) {
    return jdbc.sql(
            "INSERT INTO indicator_imports (source, file_name, sha256, period, rows_read,"
                + " values_stored, imported_at, imported_by) VALUES (?, ?, ?, ?, 0, 0, ?, ?)"
                + " RETURNING id")
        .params(
            format.code(), fileName, "0".repeat(64), period, Timestamp.from(clock.instant()), actor)
        .query(Long.class)
        .single();
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
    jdbc.sql(
            "UPDATE indicator_imports SET sha256 = ?, rows_read = ?, values_stored = ? WHERE id"
                + " = ?")
        .params(sha256, parsed.rowsRead, parsed.values(), importId)
        .update();
    matcher.learnt().forEach(this::rememberCassr);
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

  /** A staging table that lives only for this transaction. */
  private void createStaging() {
    jdbc.sql(
            "CREATE TEMP TABLE indicator_staging (LIKE indicator_values INCLUDING DEFAULTS)"
                + " ON COMMIT DROP")
        .update();
  }

  private void stage(List<IndicatorRow> rows, long importId) {
    stage(CopyText.of(rows, importId));
  }

  /**
   * Whether values of this layout and period are stored already, by an import other than this one.
   * Imports of the same layout and period wait for one another here, until the one before commits
   * or rolls back, so each sees what the one before it stored. Each ASCOF import stores values for
   * its own period only, and imports are never deleted, so the imports on record answer this
   * without reading the values.
   */
  private boolean periodHeld(Format format, String period, long importId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
        .param("indicator import " + format.code() + " " + period)
        .query((row, n) -> 1)
        .list();
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM indicator_imports WHERE source = ? AND period = ?"
                + " AND values_stored > 0 AND id <> ?)")
        .params(format.code(), period, importId)
        .query(Boolean.class)
        .single();
  }

  /**
   * Stores a batch of values: PostgreSQL's COPY into the staging table, then one set-based upsert.
   * A value whose figures are the same as those already stored is left as it is, with the import
   * that stored it, so importing the same file again writes nothing.
   */
  private void stage(byte[] copyText) {
    copy("indicator_staging", copyText);
    jdbc.sql(UPSERT).update();
    jdbc.sql("TRUNCATE indicator_staging").update();
  }

  /**
   * Streams values in COPY text into a table: straight into {@code indicator_values} when none of
   * them can be stored already (the first import of a period), which is the cheapest way in.
   */
  private void copy(String table, byte[] copyText) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + CopyText.COLUMNS + ") FROM STDIN",
              new ByteArrayInputStream(copyText));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not store the imported values", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static final String UPSERT =
      "INSERT INTO indicator_values AS v ("
          + CopyText.COLUMNS
          + ") SELECT "
          + CopyText.COLUMNS
          + " FROM indicator_staging ON CONFLICT (area_level, area_code, source, measure_code,"
          + " period, disaggregation) DO UPDATE SET measure_group = EXCLUDED.measure_group,"
          + " area_name = EXCLUDED.area_name, status = EXCLUDED.status, value = EXCLUDED.value,"
          + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, base ="
          + " EXCLUDED.base, margin_of_error = EXCLUDED.margin_of_error, unit = EXCLUDED.unit,"
          + " import_id = EXCLUDED.import_id WHERE ROW(v.measure_group, v.area_name, v.status,"
          + " v.value, v.numerator, v.denominator, v.base, v.margin_of_error, v.unit)::text IS"
          + " DISTINCT FROM ROW(EXCLUDED.measure_group, EXCLUDED.area_name, EXCLUDED.status,"
          + " EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.base,"
          + " EXCLUDED.margin_of_error, EXCLUDED.unit)::text";

  private Map<String, GssCode> knownCassrCodes() {
    return jdbc
        .sql("SELECT cassr_code, gss_code FROM council_cassr_codes")
        .query((row, n) -> Map.entry(row.getString(1), new GssCode(row.getString(2))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private void rememberCassr(String cassr, GssCode gss) {
    jdbc.sql(
            "INSERT INTO council_cassr_codes (cassr_code, gss_code) VALUES (?, ?) ON CONFLICT DO"
                + " NOTHING")
        .params(cassr, gss.value())
        .update();
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
