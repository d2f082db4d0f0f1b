package uk.assure.market.importing;

import java.util.List;

/** Receives a sheet's rows with content, one at a time, as text cells. */
interface RowSink {

  /**
   * One row of the sheet.
   *
   * @param number the row's number in the sheet, counting from 1
   * @param cells the row's cells as text, trailing empty cells left off; date cells as dd/mm/yyyy
   */
  void row(long number, List<String> cells);
}
