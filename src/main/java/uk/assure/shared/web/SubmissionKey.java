package uk.assure.shared.web;

import java.util.UUID;

/**
 * The key a form carries, hidden, from the page that showed it: what it creates is stored under it,
 * so a form sent twice (a double click, a resend after a slow answer) creates one thing.
 */
public final class SubmissionKey {

  private SubmissionKey() {}

  /** A key for a form about to be shown. */
  public static String fresh() {
    return UUID.randomUUID().toString();
  }

  /**
   * The key a form came back with; a new one if it came back missing or mangled, in which case a
   * second sending of the same form is not recognised as such.
   */
  public static UUID of(String sent) {
    try {
      return UUID.fromString(sent == null ? "" : sent.strip());
    } catch (IllegalArgumentException e) {
      return UUID.randomUUID();
    }
  }
}
