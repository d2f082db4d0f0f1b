package uk.assure.shared.csv;

/**
 * Text written into files people open in spreadsheets. A cell that starts like a formula (=, +,
 * -, @, a tab or a carriage return) could run as one when the file is opened, so such text is
 * marked as text: in CSV by a leading apostrophe, in a workbook by the cell's quote prefix.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetText() {}

  /** Whether a spreadsheet could read this text as a formula. */
  public static boolean looksLikeFormula(String text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /** The text for a CSV cell: prefixed with an apostrophe if it looks like a formula. */
  public static String csvCell(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }
}
