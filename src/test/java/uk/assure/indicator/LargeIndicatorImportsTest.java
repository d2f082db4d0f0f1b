package uk.assure.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.indicator.importing.IndicatorImports.Format;
import uk.assure.indicator.importing.IndicatorImports.Result;
import uk.assure.shared.csv.RowProblem;

/**
 * Importing ASCOF files large enough to be stored in several batches while they are still being
 * read: still one transaction, every problem reported, re-imports that change nothing. Each test
 * uses periods of its own, far in the future, so no other test's figures are touched.
 */
@Tag("database")
@SpringBootTest
class LargeIndicatorImportsTest {

  private static final String HEADER =
      "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
          + "Disaggregation Level,Measure Type,Measure Value,Measure Group,Measure Group Description\n";
  private static final List<String> TYPES =
      List.of("Numerator", "Denominator", "Outcome", "Base", "Margin of Error");

  /** Enough measures, each for every council, that values are stored in three batches or more. */
  private int measures;

  @TempDir Path folder;
  @Autowired IndicatorImports imports;
  @Autowired JdbcClient jdbc;
  @Autowired CouncilRegistry registry;

  @BeforeEach
  void enoughMeasuresForSeveralBatches() {
    measures = 3 * IndicatorImports.BATCH / registry.all().size() + 1;
  }

  @Test
  void aLargeFileIsStoredWholeAndImportingItAgainWritesNothing() throws IOException {
    List<Council> councils = registry.all();
    Path file = write("large.csv", ascof(measures, (m, t) -> figure(m, t)), StandardCharsets.UTF_8);

    List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    Result first =
        imports.importFile(Format.ASCOF, file, "large.csv", "2041-42", "test", progress::add);

    assertThat(first).isInstanceOf(Result.Imported.class);
    Result.Imported imported = (Result.Imported) first;
    int expected = measures * councils.size();
    assertThat(imported.rowsRead()).isEqualTo((long) expected * TYPES.size());
    assertThat(imported.values()).isEqualTo(expected);
    assertThat(progress).startsWith(10_000L, 20_000L).hasSize(expected * TYPES.size() / 10_000);
    assertThat(count("2041-42")).isEqualTo(expected);
    Council last = councils.get(councils.size() - 1);
    String lastMeasure = "L" + (measures - 1);
    assertThat(number("numerator", "2041-42", lastMeasure, last.gss().value()))
        .isEqualByComparingTo(figure(measures - 1, "Numerator"));
    assertThat(number("value", "2041-42", lastMeasure, last.gss().value()))
        .isEqualByComparingTo(figure(measures - 1, "Outcome"));
    assertThat(number("margin_of_error", "2041-42", "L0", councils.get(0).gss().value()))
        .isEqualByComparingTo("2.5");
    assertThat(
            jdbc.sql("SELECT sha256, rows_read, values_stored FROM indicator_imports WHERE id = ?")
                .param(imported.importId())
                .query((row, n) -> List.of(row.getString(1), row.getLong(2), (long) row.getInt(3)))
                .single())
        .containsExactly(sha256(file), (long) expected * TYPES.size(), (long) expected);

    Result again = run(file, "2041-42");

    assertThat(again).isInstanceOf(Result.Imported.class);
    assertThat(count("2041-42")).isEqualTo(expected);
    assertThat(importsStoringValuesFor("2041-42")).containsExactly(imported.importId());

    String changed =
        ascof(measures, (m, t) -> m == 17 && t.equals("Outcome") ? "12.5" : figure(m, t));
    Result third = run(write("changed.csv", changed, StandardCharsets.UTF_8), "2041-42");

    long thirdId = ((Result.Imported) third).importId();
    assertThat(importsStoringValuesFor("2041-42"))
        .containsExactlyInAnyOrder(imported.importId(), thirdId);
    assertThat(
            jdbc.sql("SELECT count(*) FROM indicator_values WHERE period = ? AND import_id = ?")
                .params("2041-42", thirdId)
                .query(Integer.class)
                .single())
        .isEqualTo(councils.size());
    assertThat(number("value", "2041-42", "L17", last.gss().value())).isEqualByComparingTo("12.5");
  }

  @Test
  void badRowsLateInALargeFileRefuseItWholeAndAreEachReported() throws IOException {
    String good = ascof(measures, (m, t) -> figure(m, t));
    long lines = good.lines().count();
    String bad =
        good
            + ",Hartlepool,Local authority,E06000001,L99,Total,Outcome,eighty,L99,x\n"
            + ",Hartlepool,Local authority,E06000001,L99,Total,Percentile,50,L99,x\n"
            + ",Hartlepool,Local authority,E06000001,L98,Total,Outcome,12,L98,x\n"
            + ",Hartlepool,Local authority,E06000001,L98,Total,Outcome,1O,L98,x\n";
    long importsBefore =
        jdbc.sql("SELECT count(*) FROM indicator_imports").query(Long.class).single();

    Result result = run(write("late.csv", bad, StandardCharsets.UTF_8), "2042-43");

    assertThat(result).isInstanceOf(Result.Rejected.class);
    assertThat(((Result.Rejected) result).problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(lines + 1, "Measure Value", "eighty"),
            org.assertj.core.groups.Tuple.tuple(lines + 2, "Measure Type", "Percentile"),
            org.assertj.core.groups.Tuple.tuple(lines + 4, "Measure Value", "1O"));
    assertThat(count("2042-43")).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM indicator_imports").query(Long.class).single())
        .isEqualTo(importsBefore);
  }

  @Test
  void figuresOfOneValueFarApartInTheFileAreGatheredTogether() throws IOException {
    Council first = registry.all().get(0);
    String late =
        ",\""
            + first.name()
            + "\",Local authority,"
            + first.gss().value()
            + ",L0,Total,Base,4321,L0,x\n";
    String content =
        ascof(measures, (m, t) -> m == 0 && t.equals("Base") ? "" : figure(m, t))
                .replaceFirst("\n[^\n]*,L0,Total,Base,,[^\n]*", "")
            + late;

    Result result = run(write("apart.csv", content, StandardCharsets.UTF_8), "2043-44");

    assertThat(result).isInstanceOf(Result.Imported.class);
    assertThat(number("base", "2043-44", "L0", first.gss().value())).isEqualByComparingTo("4321");
    assertThat(number("numerator", "2043-44", "L0", first.gss().value()))
        .isEqualByComparingTo("800");
  }

  @Test
  void twoImportsOfTheSameNewPeriodAtOnceBothLandAndStoreEachValueOnce() throws Exception {
    Path file =
        write("together.csv", ascof(measures, (m, t) -> figure(m, t)), StandardCharsets.UTF_8);
    ExecutorService analysts = Executors.newFixedThreadPool(2);
    List<Future<Result>> results;
    try {
      results = analysts.invokeAll(List.of(() -> run(file, "2046-47"), () -> run(file, "2046-47")));
    } finally {
      analysts.shutdown();
    }

    for (Future<Result> result : results) {
      assertThat(result.get()).isInstanceOf(Result.Imported.class);
    }
    assertThat(count("2046-47")).isEqualTo(measures * registry.all().size());
    assertThat(importsStoringValuesFor("2046-47")).hasSize(1);
  }

  @Test
  void aFileThatIsNotUtf8LateOnIsReadWhollyAsWindows1252() throws IOException {
    // Valid UTF-8 for thousands of rows, then a byte that is not: the whole file is Windows-1252,
    // so the early "Café" reads as "CafÃ©", and nothing read as UTF-8 may be kept.
    String early = ascof(measures, (m, t) -> figure(m, t)).replace(",Total,", ",Caf\u00e9,");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(early.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "999,England,National,E92000001,L0,Total,Outcome,81.9,L0,Caf\u00e9\n"
            .getBytes(Charset.forName("windows-1252")));
    Path file = folder.resolve("mixed.csv");
    Files.write(file, bytes.toByteArray());

    Result result = run(file, "2044-45");

    assertThat(result).isInstanceOf(Result.Imported.class);
    int councils = registry.all().size();
    assertThat(count("2044-45")).isEqualTo(measures * councils + 1);
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT disaggregation FROM indicator_values WHERE period = '2044-45'")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("Caf\u00c3\u00a9", "Total");
  }

  @Test
  void anUnclosedQuoteIsReportedByRow() throws IOException {
    String content =
        HEADER + "724,Hartlepool,Local authority,E06000001,L0,Total,Outcome,\"81.9,L0,x\n";

    Result result = run(write("quote.csv", content, StandardCharsets.UTF_8), "2045-46");

    assertThat(result).isInstanceOf(Result.Rejected.class);
    assertThat(((Result.Rejected) result).problems().get(0).row()).isEqualTo(2);
    assertThat(count("2045-46")).isZero();
  }

  /** An ASCOF file of every council, with the given number of measures and every figure type. */
  private String ascof(int measures, BiFunction<Integer, String, String> figure) {
    StringBuilder text = new StringBuilder(HEADER);
    List<Council> councils = registry.all();
    for (int m = 0; m < measures; m++) {
      for (Council council : councils) {
        for (String type : TYPES) {
          text.append(',')
              .append('"')
              .append(council.name())
              .append("\",Local authority,")
              .append(council.gss().value())
              .append(",L")
              .append(m)
              .append(",Total,")
              .append(type)
              .append(',')
              .append(figure.apply(m, type))
              .append(",L")
              .append(m)
              .append(",Generated\n");
        }
      }
    }
    return text.toString();
  }

  private static String figure(int measure, String type) {
    return switch (type) {
      case "Numerator" -> Integer.toString(800 + measure);
      case "Denominator", "Base" -> "1000";
      case "Outcome" -> new BigDecimal(800 + measure).movePointLeft(1).toPlainString();
      default -> "2.5";
    };
  }

  private Result run(Path file, String period) throws IOException {
    return imports.importFile(
        Format.ASCOF, file, file.getFileName().toString(), period, "test", rows -> {});
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private int count(String period) {
    return jdbc.sql("SELECT count(*) FROM indicator_values WHERE period = ?")
        .param(period)
        .query(Integer.class)
        .single();
  }

  private List<Long> importsStoringValuesFor(String period) {
    return jdbc.sql("SELECT DISTINCT import_id FROM indicator_values WHERE period = ?")
        .param(period)
        .query(Long.class)
        .list();
  }

  private BigDecimal number(String column, String period, String measure, String area) {
    return jdbc.sql(
            "SELECT "
                + column
                + " FROM indicator_values WHERE period = ? AND measure_code = ? AND area_code = ?")
        .params(period, measure, area)
        .query(BigDecimal.class)
        .single();
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
