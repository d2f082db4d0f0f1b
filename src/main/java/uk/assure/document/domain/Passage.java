package uk.assure.document.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A short run of a document's text, the unit search finds and shows.
 *
 * @param ordinal its place in the document, from 1
 * @param page the page it is on, when the document has pages
 * @param body the text, never longer than {@link PassageSplitter#MAX_LENGTH}
 */
public record Passage(int ordinal, Optional<Integer> page, String body) {

  public Passage {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(body, "body");
    if (ordinal < 1) {
      throw new IllegalArgumentException("A passage's ordinal starts at 1");
    }
    if (body.length() > PassageSplitter.MAX_LENGTH) {
      throw new IllegalArgumentException("A passage is at most " + PassageSplitter.MAX_LENGTH);
    }
  }
}
