package uk.assure.indicator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.market.cli.CareDirectoryImport;
import uk.assure.shared.cli.BatchContext;
import uk.assure.shared.csv.RowProblem;

/**
 * {@code assure import ascof FILE --period 2022-23} (and {@code survey}, {@code workforce}, {@code
 * generic}): imports a published data file, all or nothing, printing progress and then either what
 * was stored or every problem by row and column.
 */
@Command(
    name = "import",
    description =
        "Import published performance data: ascof, survey, workforce or generic; or the"
            + " regulator's care directory: care-directory FILE --as-of DATE.",
    mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      description = "The layout: ascof, survey, workforce, generic or care-directory.")
  String layout;

  @Parameters(index = "1", description = "The CSV file.")
  Path file;

  @Option(names = "--period", description = "The period the file covers, such as 2022-23.")
  String period;

  @Option(names = "--as-of", description = "For care-directory: the date it is as of.")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    if (CareDirectoryImport.LAYOUT.equals(layout)) {
      return CareDirectoryImport.run(file, asOf);
    }
    IndicatorImports.Format format;
    try {
      format = IndicatorImports.Format.fromCode(layout);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      System.err.println("Cannot read the file " + file);
      return 2;
    }
    try (var context = BatchContext.start()) {
      IndicatorImports.Result result =
          context
              .getBean(IndicatorImports.class)
              .importFile(
                  format,
                  file,
                  file.getFileName().toString(),
                  period,
                  "command line",
                  rows -> System.err.printf("Read %,d rows%n", rows));
      result.unmatched().forEach(name -> System.err.println("Not matched to a council: " + name));
      if (result instanceof IndicatorImports.Result.Imported imported) {
        imported.notes().forEach(System.out::println);
        System.out.printf(
            "Imported %s: %,d rows read and %,d values stored in %.2f s (%.2f s of it after the"
                + " last row was read; import %d), %d not matched.%n",
            file.getFileName(),
            imported.rowsRead(),
            imported.values(),
            (imported.readMillis() + imported.storeMillis()) / 1000.0,
            imported.storeMillis() / 1000.0,
            imported.importId(),
            imported.unmatched().size());
        return 0;
      }
      IndicatorImports.Result.Rejected rejected = (IndicatorImports.Result.Rejected) result;
      System.err.printf(
          "Nothing was imported from %s: %d problem(s) found.%n",
          file.getFileName(), rejected.problems().size());
      for (RowProblem problem : rejected.problems()) {
        System.err.println("  " + problem);
      }
      return 1;
    }
  }
}
