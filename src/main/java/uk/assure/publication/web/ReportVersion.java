package uk.assure.publication.web;

import java.util.OptionalInt;

/** A version number of a published report, as it appears in the page's address. */
final class ReportVersion {

  private ReportVersion() {}

  /**
   * The version the address names, if it is one of the report's versions (1 to the latest); empty
   * for any other text, which the page answers as not found.
   */
  static OptionalInt read(String typed, int latest) {
    try {
      int n = Integer.parseInt(typed);
      if (n >= 1 && n <= latest) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // not a version number: not found, as below
    }
    return OptionalInt.empty();
  }
}
