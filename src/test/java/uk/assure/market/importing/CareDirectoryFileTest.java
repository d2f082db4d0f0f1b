package uk.assure.market.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.CouncilType;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.AreaFigures;
import uk.assure.market.domain.CouncilNames;
import uk.assure.market.domain.GroupFigures;
import uk.assure.market.domain.MarketGroup;

class CareDirectoryFileTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final GssCode BRISTOL = new GssCode("E06000023");
  private static final GssCode HEREFORDSHIRE = new GssCode("E06000019");
  private static final String ASC = "Adult social care";
  private static final String COMMUNITY = "Community based adult social care services";
  private static final String RESIDENTIAL = "Residential social care";

  private static final CouncilNames COUNCILS =
      new CouncilNames(
          List.of(
              new Council(
                  BRISTOL,
                  "City of Bristol",
                  "Bristol City Council",
                  "South West",
                  CouncilType.values()[0],
                  null,
                  List.of("Bristol", "City of")),
              new Council(
                  HEREFORDSHIRE,
                  "Herefordshire",
                  "Herefordshire Council",
                  "West Midlands",
                  CouncilType.values()[0],
                  null,
                  List.of())));

  @TempDir Path dir;

  /** A title, a blank row, the header (third row), then the locations. */
  private static List<List<Object>> sheet(List<Object> header, List<List<Object>> locations) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("HSCA Active Locations  1 November 2026"));
    rows.add(List.of(""));
    rows.add(header);
    rows.addAll(locations);
    return rows;
  }

  private static List<List<Object>> goodSheet() {
    return sheet(
        new ArrayList<>(DirectoryFiles.HEADER),
        List.of(
            DirectoryFiles.location(
                "1-1",
                "",
                ASC,
                COMMUNITY,
                "Good",
                LocalDate.of(2026, 1, 1),
                "",
                "Bristol, City of",
                "P1",
                "Y"),
            DirectoryFiles.location(
                "1-2",
                "",
                ASC,
                RESIDENTIAL,
                "outstanding",
                LocalDate.of(2020, 11, 1),
                "Y",
                "HEREFORDSHIRE, COUNTY OF",
                "P2",
                ""),
            DirectoryFiles.location("1-3", "", ASC, COMMUNITY, "", "", "", "Bristol", "P1", "Y"),
            // Not counted, so not checked: another directorate, and a dormant location.
            DirectoryFiles.location(
                "1-4", "", "Hospitals", "Acute", "Good", "not a date", "", "Atlantis", "P3", "Y"),
            DirectoryFiles.location(
                "1-5", "Y", ASC, COMMUNITY, "Excellent", "", "", "Atlantis", "P4", "Y")));
  }

  private static CareDirectoryFile.Read read(Path file) {
    CareDirectoryFile.Result result =
        CareDirectoryFile.read(file, file.getFileName().toString(), COUNCILS, AS_OF);
    assertThat(result).isInstanceOf(CareDirectoryFile.Read.class);
    return (CareDirectoryFile.Read) result;
  }

  private static List<DirectoryProblem> refused(Path file) {
    CareDirectoryFile.Result result =
        CareDirectoryFile.read(file, file.getFileName().toString(), COUNCILS, AS_OF);
    assertThat(result).isInstanceOf(CareDirectoryFile.Refused.class);
    return ((CareDirectoryFile.Refused) result).problems();
  }

  private static void assertGoodFigures(CareDirectoryFile.Read read) {
    AreaFigures england = read.tally().england();
    GroupFigures all = england.group(MarketGroup.ALL);
    assertThat(all.locations()).isEqualTo(3);
    assertThat(all.rated()).isEqualTo(2);
    assertThat(all.underTwoYears()).isEqualTo(1);
    assertThat(all.fourToEightYears()).isEqualTo(1);
    assertThat(all.inherited()).isEqualTo(1);
    assertThat(all.outstanding()).isEqualTo(1);
    assertThat(england.group(MarketGroup.COMMUNITY).locations()).isEqualTo(2);
    assertThat(england.group(MarketGroup.RESIDENTIAL).locations()).isEqualTo(1);
    assertThat(england.domiciliaryProviders()).isEqualTo(1);
    assertThat(england.domiciliaryLocations()).isEqualTo(2);
    assertThat(read.tally().councils())
        .extracting(AreaFigures::council)
        .containsExactly(HEREFORDSHIRE, BRISTOL);
    assertThat(read.rows()).isEqualTo(5);
  }

  @Test
  void anOdsWorkbookIsReadFromItsNamedSheetWithDateCellsAndRepeats() throws IOException {
    assertGoodFigures(read(DirectoryFiles.ods(dir, CareDirectoryFile.SHEET, goodSheet())));
  }

  @Test
  void anOdsRowRepeatedWithContentCountsEachTime() throws IOException {
    Path file = DirectoryFiles.ods(dir, CareDirectoryFile.SHEET, goodSheet());
    // Mark the first location's row as repeated twice, as an office suite compresses copies.
    Path copy = dir.resolve("repeated.ods");
    String content = OdsText.content(file);
    String first = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>1-1<";
    assertThat(content).contains(first);
    OdsText.write(
        copy,
        content.replace(
            first,
            first.replace(
                "<table:table-row>", "<table:table-row table:number-rows-repeated=\"2\">")));

    assertThat(read(copy).tally().england().group(MarketGroup.ALL).locations()).isEqualTo(4);
  }

  @Test
  void theSameSheetSavedAsCsvGivesTheSameFigures() throws IOException {
    assertGoodFigures(read(DirectoryFiles.csv(dir, goodSheet())));
  }

  @Test
  void theSameSheetInAnXlsxWorkbookGivesTheSameFigures() throws IOException {
    assertGoodFigures(read(DirectoryFiles.xlsx(dir, CareDirectoryFile.SHEET, goodSheet())));
  }

  @Test
  void headersAreMatchedIgnoringCaseAndSurroundingSpaces() throws IOException {
    List<Object> header = new ArrayList<>();
    DirectoryFiles.HEADER.forEach(name -> header.add("  " + name.toUpperCase() + " "));
    List<List<Object>> rows = goodSheet();
    rows.set(2, header);
    assertGoodFigures(read(DirectoryFiles.csv(dir, rows)));
  }

  @Test
  void everyProblemIsReportedByRowAndColumnAndTheFileIsRefused() throws IOException {
    List<List<Object>> rows = goodSheet();
    rows.add(
        DirectoryFiles.location(
            "1-6", "", ASC, COMMUNITY, "Excellent", "31/02/2020", "", "Atlantis", "P5", ""));
    rows.add(
        DirectoryFiles.location("1-7", "", ASC, COMMUNITY, "Good", "", "", "Bristol", "P6", ""));
    rows.add(
        DirectoryFiles.location(
            "1-8", "", ASC, COMMUNITY, "Good", "2020-01-01", "", "Bristol", "P6", ""));

    assertThat(refused(DirectoryFiles.csv(dir, rows)))
        .containsExactly(
            new DirectoryProblem(
                9, "Location Local Authority", "Atlantis", ProblemKind.UNKNOWN_AUTHORITY),
            new DirectoryProblem(
                9, "Location Latest Overall Rating", "Excellent", ProblemKind.UNKNOWN_RATING),
            new DirectoryProblem(9, "Publication Date", "31/02/2020", ProblemKind.BAD_DATE),
            new DirectoryProblem(10, "Publication Date", "", ProblemKind.MISSING_DATE),
            new DirectoryProblem(11, "Publication Date", "2020-01-01", ProblemKind.BAD_DATE));
  }

  @Test
  void aMissingColumnRefusesTheFileNamingTheColumn() throws IOException {
    List<List<Object>> rows = goodSheet();
    List<Object> header = new ArrayList<>(rows.get(2));
    header.set(DirectoryFiles.HEADER.indexOf("Provider ID"), "Provider");
    rows.set(2, header);

    assertThat(refused(DirectoryFiles.ods(dir, CareDirectoryFile.SHEET, rows)))
        .containsExactly(new DirectoryProblem(3, "Provider ID", "", ProblemKind.MISSING_COLUMN));
  }

  @Test
  void aHeaderBelowTheTenthRowIsNotFound() throws IOException {
    List<List<Object>> rows = goodSheet();
    for (int i = 0; i < 8; i++) {
      rows.add(0, List.of("note " + i));
    }
    assertThat(refused(DirectoryFiles.csv(dir, rows)))
        .extracting(DirectoryProblem::kind)
        .containsExactly(ProblemKind.NO_HEADER);
  }

  @Test
  void aWorkbookWithoutTheSheetIsRefused() throws IOException {
    assertThat(refused(DirectoryFiles.ods(dir, "Sheet1", goodSheet())))
        .extracting(DirectoryProblem::kind)
        .containsExactly(ProblemKind.NO_SHEET);
    assertThat(refused(DirectoryFiles.xlsx(dir, "Sheet1", goodSheet())))
        .extracting(DirectoryProblem::kind)
        .containsExactly(ProblemKind.NO_SHEET);
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedNotThrown() throws IOException {
    Path ods = Files.writeString(dir.resolve("broken.ods"), "not a zip");
    Path xlsx = Files.writeString(dir.resolve("broken.xlsx"), "not a zip");
    Path txt = Files.writeString(dir.resolve("directory.txt"), "Location ID");

    for (Path file : List.of(ods, xlsx, txt)) {
      assertThat(refused(file))
          .extracting(DirectoryProblem::kind)
          .containsExactly(ProblemKind.NOT_READABLE);
    }
  }

  @Test
  void aProblemIsARefusalOfItsColumnNamingTheRowAndValue() {
    DirectoryProblem problem =
        new DirectoryProblem(9, "Publication Date", "31/02/2020", ProblemKind.BAD_DATE);

    assertThat(problem.refusal().field()).isEqualTo("Publication Date");
    assertThat(problem.refusal().key()).isEqualTo("market.import.badDate");
    assertThat(problem.refusal().arguments()).containsExactly(9L, "31/02/2020");
    assertThat(problem)
        .hasToString(
            "row 9, Publication Date '31/02/2020': is not a date (a date cell or dd/mm/yyyy)");
  }
}
