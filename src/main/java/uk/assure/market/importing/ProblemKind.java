package uk.assure.market.importing;

/** What can be wrong with a care directory file; each refuses the whole file. */
public enum ProblemKind {
  NOT_READABLE("market.import.notReadable", "cannot be read as an ODS, XLSX or CSV file"),
  NO_SHEET("market.import.noSheet", "has no sheet named " + CareDirectoryFile.SHEET),
  NO_HEADER(
      "market.import.noHeader", "has no header row starting with Location ID in its first 10 rows"),
  MISSING_COLUMN("market.import.missingColumn", "is missing this column"),
  UNKNOWN_AUTHORITY("market.import.unknownAuthority", "names no council in the registry"),
  BAD_DATE("market.import.badDate", "is not a date (a date cell or dd/mm/yyyy)"),
  MISSING_DATE("market.import.missingDate", "is empty for a rated location"),
  UNKNOWN_RATING(
      "market.import.unknownRating",
      "is not Outstanding, Good, Requires improvement, Inadequate or blank");

  private final String key;
  private final String reason;

  ProblemKind(String key, String reason) {
    this.key = key;
    this.reason = reason;
  }

  /** The message key that explains the problem to a person. */
  public String key() {
    return key;
  }

  /** The explanation in English, for the command line. */
  public String reason() {
    return reason;
  }
}
