package uk.assure.market.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.assure.market.CareMarketImports;
import uk.assure.market.importing.DirectoryProblem;
import uk.assure.shared.cli.BatchContext;

/**
 * {@code assure import care-directory FILE --as-of 2026-11-01}: imports the regulator's care
 * directory (ODS, XLSX or CSV) as the care market snapshot of the date, all or nothing, printing
 * what was stored or every problem by row and column. The {@code import} command hands it over.
 */
public final class CareDirectoryImport {

  /** The layout named on the command line. */
  public static final String LAYOUT = "care-directory";

  private CareDirectoryImport() {}

  /** Runs the import and returns the exit code: 0 stored or unchanged, 1 refused, 2 misused. */
  public static int run(Path file, LocalDate asOf) {
    if (asOf == null) {
      System.err.println("Give the date the directory is as of, for example --as-of 2026-11-01");
      return 2;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      System.err.println("Cannot read the file " + file);
      return 2;
    }
    try (var context = BatchContext.start()) {
      long started = System.nanoTime();
      CareMarketImports.Outcome outcome =
          context
              .getBean(CareMarketImports.class)
              .importFile(file, file.getFileName().toString(), asOf);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (outcome instanceof CareMarketImports.Stored stored) {
        System.out.printf(
            "Imported %s as the care market on %s: %,d rows read, figures for England and %d"
                + " councils stored in %.2f s.%n",
            file.getFileName(), stored.asOf(), stored.rows(), stored.councils(), seconds);
        return 0;
      }
      if (outcome instanceof CareMarketImports.Unchanged unchanged) {
        System.out.printf(
            "%s was already imported as the care market on %s; nothing changed.%n",
            file.getFileName(), unchanged.asOf());
        return 0;
      }
      CareMarketImports.Refused refused = (CareMarketImports.Refused) outcome;
      System.err.printf(
          "Nothing was imported from %s: %,d problem(s) found%s.%n",
          file.getFileName(),
          refused.count(),
          refused.count() > refused.problems().size()
              ? " (the first " + refused.problems().size() + " shown)"
              : "");
      for (DirectoryProblem problem : refused.problems()) {
        System.err.println("  " + problem);
      }
      return 1;
    }
  }
}
