package uk.assure.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
    Set<String> regions = all.stream().map(Council::region).collect(Collectors.toSet());
    ParsedFile parsed =
        switch (format) {
          case ASCOF -> AscofParser.parse(file, period, matcher, progress);
          case SURVEY -> TabularParsers.survey(file, matcher, progress);
          case WORKFORCE -> TabularParsers.workforce(file, period, matcher, regions, progress);
          case GENERIC -> TabularParsers.generic(file, matcher, progress);
        };
    List<String> unmatched = List.copyOf(parsed.unmatched);
    if (parsed.problems.isEmpty() && parsed.rows.isEmpty()) {
      parsed.problems.add(new RowProblem(0, "", "", "the file has no figures Assure could store"));
    }
    if (!parsed.problems.isEmpty()) {
      return new Result.Rejected(
          parsed.rowsRead,
          parsed.problems.subList(0, Math.min(REPORTED_PROBLEMS, parsed.problems.size())),
          unmatched);
    }
    long parsedAt = System.nanoTime();
    String sha256 = parsed.sha256 != null ? parsed.sha256 : sha256(file);
    return transaction.execute(
        status -> {
          long importId = store(format, fileName, sha256, period, parsed, actor);
          matcher.learnt().forEach(this::rememberCassr);
          audit.record(
              AuditRecord.of(AuditAction.DATA_IMPORTED, actor)
                  .about("indicator_import", importId)
                  .withDetail("layout", format.code())
                  .withDetail("file", fileName)
                  .withDetail("sha256", sha256)
                  .withDetail("values", parsed.rows.size())
                  .withDetail("unmatched", unmatched.size()));
          return new Result.Imported(
              importId,
              parsed.rowsRead,
              parsed.rows.size(),
              unmatched,
              List.copyOf(parsed.notes),
              (parsedAt - started) / 1_000_000,
              (System.nanoTime() - parsedAt) / 1_000_000);
        });
  }

  private long store(
      Format format,
      String fileName,
      String sha256,
      String period,
      ParsedFile parsed,
      String actor) {
    long importId =
        jdbc.sql(
                "INSERT INTO indicator_imports (source, file_name, sha256, period, rows_read,"
                    + " values_stored, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")
            .params(
                format.code(),
                fileName,
                sha256,
                period,
                parsed.rowsRead,
                parsed.rows.size(),
                Timestamp.from(clock.instant()),
                actor)
            .query(Long.class)
            .single();
    copyIn(parsed, importId);
    return importId;
  }

  private static final String COLUMNS =
      "source, measure_code, measure_group, period, disaggregation, area_level, area_code,"
          + " area_name, status, value, numerator, denominator, base, margin_of_error, unit,"
          + " import_id";

  /**
   * Stores the values through PostgreSQL's COPY (text format, streamed in blocks) into a staging
   * table that lives only for this transaction, then one set-based upsert. A value whose figures
   * are the same as those already stored is left as it is, with the import that stored it, so
   * importing the same file again writes nothing.
   */
  private void copyIn(ParsedFile parsed, long importId) {
    jdbc.sql(
            "CREATE TEMP TABLE indicator_staging (LIKE indicator_values INCLUDING DEFAULTS)"
                + " ON COMMIT DROP")
        .update();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY indicator_staging (" + COLUMNS + ") FROM STDIN");
      try {
        CopyText text = new CopyText(copy);
        String id = Long.toString(importId);
        for (IndicatorRow r : parsed.rows.values()) {
          text.value(r.source())
              .value(r.measureCode())
              .value(r.measureGroup())
              .value(r.period())
              .value(r.disaggregation())
              .value(r.areaLevel().code())
              .value(r.areaCode())
              .value(r.areaName())
              .value(r.status().code())
              .value(r.value())
              .value(r.numerator())
              .value(r.denominator())
              .value(r.base())
              .value(r.marginOfError())
              .value(r.unit())
              .value(id)
              .endRow();
        }
        text.flush();
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not stage the imported values", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    jdbc.sql(
            "INSERT INTO indicator_values AS v ("
                + COLUMNS
                + ") SELECT "
                + COLUMNS
                + " FROM indicator_staging ON CONFLICT (source, measure_code, period,"
                + " disaggregation, area_level, area_code) DO UPDATE SET measure_group ="
                + " EXCLUDED.measure_group, area_name = EXCLUDED.area_name, status ="
                + " EXCLUDED.status, value = EXCLUDED.value, numerator = EXCLUDED.numerator,"
                + " denominator = EXCLUDED.denominator, base = EXCLUDED.base, margin_of_error ="
                + " EXCLUDED.margin_of_error, unit = EXCLUDED.unit, import_id ="
                + " EXCLUDED.import_id WHERE ROW(v.measure_group, v.area_name, v.status, v.value,"
                + " v.numerator, v.denominator, v.base, v.margin_of_error, v.unit)::text IS"
                + " DISTINCT FROM ROW(EXCLUDED.measure_group, EXCLUDED.area_name,"
                + " EXCLUDED.status, EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator,"
                + " EXCLUDED.base, EXCLUDED.margin_of_error, EXCLUDED.unit)::text")
        .update();
  }

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
