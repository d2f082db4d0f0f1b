package uk.assure.publication.domain;

import java.util.Optional;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.report.domain.ReportText;

/** The rules for amending a published report. */
public final class Amendment {

  /** Longest change note kept. */
  public static final int MAX_NOTE = 2000;

  private Amendment() {}

  /**
   * Why an amendment cannot be made, as a message key, if it cannot.
   *
   * @param latest the latest published version's report
   * @param amended the report's text as it would now be published
   */
  public static Optional<String> refusal(String note, ReportSnapshot latest, ReportText amended) {
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
   * Whether the report reads as it was published: same title, sections and HTML. The PDF is left
   * out, since rendering stamps it with the time it was made.
   */
  static boolean sameText(ReportSnapshot published, ReportText now) {
    return published.title().equals(now.title())
        && published.sections().equals(now.sections())
        && published.htmlBody().equals(now.htmlBody());
  }
}
