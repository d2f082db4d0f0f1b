package uk.assure.market.importing;

import java.util.List;
import java.util.Objects;
import uk.assure.shared.domain.Refusal;

/**
 * Why a care directory file was refused: where (row and column; row 0 for the whole file), the
 * value found there, and what is wrong with it.
 */
public record DirectoryProblem(long row, String column, String value, ProblemKind kind) {

  public DirectoryProblem {
    Objects.requireNonNull(kind, "kind");
    column = column == null ? "" : column;
    value = value == null ? "" : value;
  }

  /** The problem as a refusal of the column, naming the row and the value. */
  public Refusal refusal() {
    return new Refusal(column, kind.key(), List.of(row, value));
  }

  @Override
  public String toString() {
    if (row == 0) {
      return "The file " + kind.reason() + (column.isEmpty() ? "" : ": " + column);
    }
    if (kind == ProblemKind.MISSING_COLUMN) {
      return "row " + row + ": the header row is missing the column " + column;
    }
    return "row " + row + ", " + column + " '" + value + "': " + kind.reason();
  }
}
