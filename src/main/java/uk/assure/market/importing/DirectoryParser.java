package uk.assure.market.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.CouncilNames;
import uk.assure.market.domain.LocationRating;
import uk.assure.market.domain.LocationRow;
import uk.assure.market.domain.MarketTally;

/**
 * Reads the care directory's rows as a sheet reader hands them over: finds the header row (first
 * cell {@code Location ID} in the first 10 rows), matches the columns it needs by name, and adds
 * each counted location to the tally, noting every problem by row and column. Rows the figures do
 * not count (other directorates, dormant locations) are not checked further.
 */
final class DirectoryParser implements RowSink {

  static final String LOCATION_ID = "Location ID";
  static final String DORMANT = "Dormant (Y/N)";
  static final String DIRECTORATE = "Location Inspection Directorate";
  static final String CATEGORY = "Location Primary Inspection Category";
  static final String RATING = "Location Latest Overall Rating";
  static final String PUBLISHED = "Publication Date";
  static final String INHERITED = "Inherited Rating (Y/N)";
  static final String AUTHORITY = "Location Local Authority";
  static final String PROVIDER = "Provider ID";
  static final String DOMICILIARY = "Service type - Domiciliary care service";

  private static final List<String> NEEDED =
      List.of(
          LOCATION_ID,
          DORMANT,
          DIRECTORATE,
          CATEGORY,
          RATING,
          PUBLISHED,
          INHERITED,
          AUTHORITY,
          PROVIDER,
          DOMICILIARY);

  /** The header must be within this many rows of the top of the sheet. */
  static final int HEADER_WITHIN = 10;

  /** Problems kept to show; the rest are counted. */
  static final int PROBLEMS_KEPT = 1_000;

  private final CouncilNames councils;
  private final MarketTally tally;
  private final List<DirectoryProblem> problems = new ArrayList<>();
  private Map<String, Integer> columns;
  private long problemCount;
  private long locations;

  DirectoryParser(CouncilNames councils, LocalDate asOf) {
    this.councils = councils;
    this.tally = new MarketTally(asOf);
  }

  @Override
  public void row(long number, List<String> cells) {
    if (columns == null) {
      if (number <= HEADER_WITHIN && LOCATION_ID.equalsIgnoreCase(cells.get(0).strip())) {
        readHeader(number, cells);
      }
      return;
    }
    if (!columns.keySet().containsAll(lowerCase(NEEDED))) {
      return;
    }
    locations++;
    readLocation(number, cells);
  }

  private void readHeader(long number, List<String> cells) {
    columns = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String needed : NEEDED) {
      if (!columns.containsKey(needed.toLowerCase(Locale.ROOT))) {
        problem(number, needed, "", ProblemKind.MISSING_COLUMN);
      }
    }
  }

  private void readLocation(long number, List<String> cells) {
    boolean dormant = flag(cells, DORMANT);
    String directorate = cell(cells, DIRECTORATE);
    if (!LocationRow.isCounted(directorate, dormant)) {
      return;
    }
    int before = problems.size();
    long countBefore = problemCount;
    Optional<GssCode> council = councils.match(cell(cells, AUTHORITY));
    if (council.isEmpty()) {
      problem(number, AUTHORITY, cell(cells, AUTHORITY), ProblemKind.UNKNOWN_AUTHORITY);
    }
    String ratingText = cell(cells, RATING);
    LocationRating rating = LocationRating.fromText(ratingText).orElse(null);
    if (rating == null && !LocationRating.meansNotRated(ratingText)) {
      problem(number, RATING, ratingText, ProblemKind.UNKNOWN_RATING);
    }
    String publishedText = cell(cells, PUBLISHED);
    LocalDate published = null;
    if (!publishedText.isBlank()) {
      published = DirectoryDates.parse(publishedText).orElse(null);
      if (published == null) {
        problem(number, PUBLISHED, publishedText, ProblemKind.BAD_DATE);
      }
    } else if (rating != null) {
      problem(number, PUBLISHED, "", ProblemKind.MISSING_DATE);
    }
    if (problemCount != countBefore || problems.size() != before) {
      return;
    }
    tally.add(
        new LocationRow(
            council.orElseThrow(),
            cell(cells, PROVIDER),
            directorate,
            cell(cells, CATEGORY),
            false,
            rating,
            rating == null ? null : published,
            flag(cells, INHERITED),
            flag(cells, DOMICILIARY)));
  }

  private String cell(List<String> cells, String column) {
    int index = columns.get(column.toLowerCase(Locale.ROOT));
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  private boolean flag(List<String> cells, String column) {
    return cell(cells, column).equalsIgnoreCase("Y");
  }

  private void problem(long row, String column, String value, ProblemKind kind) {
    problemCount++;
    if (problems.size() < PROBLEMS_KEPT) {
      problems.add(new DirectoryProblem(row, column, value, kind));
    }
  }

  private static List<String> lowerCase(List<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }

  /** The outcome once every row has been read. */
  CareDirectoryFile.Result finish() {
    if (columns == null) {
      problem(0, "", "", ProblemKind.NO_HEADER);
    }
    if (problemCount > 0) {
      return new CareDirectoryFile.Refused(problems, problemCount);
    }
    return new CareDirectoryFile.Read(tally, locations);
  }
}
