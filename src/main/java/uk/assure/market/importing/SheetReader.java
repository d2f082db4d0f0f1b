package uk.assure.market.importing;

import java.io.IOException;
import java.nio.file.Path;

/** Streams one named sheet of a file, row by row, without holding the file in memory. */
interface SheetReader {

  /**
   * Reads the sheet's rows into the sink.
   *
   * @return whether the file has the sheet (a CSV file is one sheet, always found)
   * @throws IOException when the file cannot be read as this format
   */
  boolean read(Path file, String sheet, RowSink sink) throws IOException;
}
