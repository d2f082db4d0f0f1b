package uk.assure.shared.csv;

/**
 * Why a row of a file could not be imported.
 *
 * @param row the line number in the file, counting the header as line 1
 */
public record RowProblem(long row, String column, String value, String reason) {

  @Override
  public String toString() {
    return "row " + row + ", " + column + " '" + value + "': " + reason;
  }
}
