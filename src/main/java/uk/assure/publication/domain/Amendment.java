package uk.assure.publication.domain;

import java.util.Optional;
import uk.assure.factcheck.domain.ReportSnapshot;

/** The rules for amending a published report. */
public final class Amendment {

  /** Longest change note kept. */
  public static final int MAX_NOTE = 2000;

  private Amendment() {}

  /**
   * Why an amendment cannot be made, as a message key, if it cannot.
   *
   * @param latest the latest published version's report
   * @param amended the report as it would now be published
   */
  public static Optional<String> refusal(
      String note, ReportSnapshot latest, ReportSnapshot amended) {
    if (note == null || note.isBlank()) {
      return Optional.of("publication.amend.noteMissing");
    }
    if (note.strip().length() > MAX_NOTE) {
      return Optional.of("publication.amend.noteTooLong");
    }
    if (sameText(latest, amended)) {
      return Optional.of("publication.amend.unchanged");
    }
    return Optional.empty();
  }

  /**
   * Whether two reports read the same: same title, sections and HTML. The PDF is left out, since
   * rendering stamps it with the time it was made.
   */
  static boolean sameText(ReportSnapshot one, ReportSnapshot other) {
    return one.title().equals(other.title())
        && one.sections().equals(other.sections())
        && one.htmlBody().equals(other.htmlBody());
  }
}
