package uk.assure.market.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.assure.market.domain.CouncilNames;
import uk.assure.market.domain.MarketTally;

/**
 * Reads the regulator's care directory (HSCA Active Locations) as published, an ODS workbook, or
 * its data sheet saved as XLSX or CSV, streamed row by row into the care market figures. The file
 * is taken whole or not at all: any problem refuses it, with every problem by row and column.
 */
public final class CareDirectoryFile {

  /** The sheet that holds the directory; other sheets may look alike. */
  public static final String SHEET = "HSCA_Active_Locations";

  /** What reading the file gave: its figures, or why it was refused. */
  public sealed interface Result permits Read, Refused {}

  /**
   * The file was read.
   *
   * @param tally the figures per council and England
   * @param rows the sheet's location rows below the header, counted or not
   */
  public record Read(MarketTally tally, long rows) implements Result {}

  /**
   * The file was refused.
   *
   * @param problems the problems, up to a thousand
   * @param count how many problems there were in all
   */
  public record Refused(List<DirectoryProblem> problems, long count) implements Result {
    public Refused {
      problems = List.copyOf(problems);
    }
  }

  private CareDirectoryFile() {}

  /**
   * Reads the file, choosing the format by its name's ending (.ods, .xlsx or .csv).
   *
   * @param name the file's name as given, for its ending (an upload's temporary file has none)
   */
  public static Result read(Path file, String name, CouncilNames councils, LocalDate asOf) {
    SheetReader reader = readerFor(name);
    if (reader == null) {
      return wholeFile(ProblemKind.NOT_READABLE);
    }
    DirectoryParser parser = new DirectoryParser(councils, asOf);
    try {
      if (!reader.read(file, SHEET, parser)) {
        return wholeFile(ProblemKind.NO_SHEET);
      }
    } catch (IOException e) {
      return wholeFile(ProblemKind.NOT_READABLE);
    }
    return parser.finish();
  }

  private static SheetReader readerFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ods")) {
      return new OdsSheetReader();
    }
    if (lower.endsWith(".xlsx")) {
      return new XlsxSheetReader();
    }
    if (lower.endsWith(".csv")) {
      return new CsvSheetReader();
    }
    return null;
  }

  private static Result wholeFile(ProblemKind kind) {
    return new Refused(List.of(new DirectoryProblem(0, "", "", kind)), 1);
  }
}
