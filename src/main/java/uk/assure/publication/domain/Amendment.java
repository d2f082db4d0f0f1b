package uk.assure.publication.domain;

import java.util.Optional;

/** The rules for amending a published report. */
public final class Amendment {

  /** Longest change note kept. */
  public static final int MAX_NOTE = 2000;

  private Amendment() {}

  /**
   * Why an amendment cannot be made, as a message key, if it cannot.
   *
   * @param latestHash the content hash of the latest published version
   * @param amendedHash the content hash of the report as it would now be published
   */
  public static Optional<String> refusal(String note, String latestHash, String amendedHash) {
    if (note == null || note.isBlank()) {
      return Optional.of("publication.amend.noteMissing");
    }
    if (note.strip().length() > MAX_NOTE) {
      return Optional.of("publication.amend.noteTooLong");
    }
    if (latestHash.equals(amendedHash)) {
      return Optional.of("publication.amend.unchanged");
    }
    return Optional.empty();
  }
}
