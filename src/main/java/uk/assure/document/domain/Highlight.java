package uk.assure.document.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage shown as a search result, cut into plain parts and the parts that matched, so a page
 * can mark the matches without ever treating the document's text as markup.
 */
public record Highlight(List<Part> parts) {

  /** The marker PostgreSQL is asked to put before a match. */
  public static final String START = "\u0002";

  /** The marker PostgreSQL is asked to put after a match. */
  public static final String STOP = "\u0003";

  /** Some of the text, and whether the search matched it. */
  public record Part(String text, boolean match) {}

  public Highlight {
    parts = List.copyOf(parts);
  }

  /** Reads a headline marked with {@link #START} and {@link #STOP}. */
  public static Highlight parse(String marked) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < marked.length()) {
      int start = marked.indexOf(START, at);
      if (start < 0) {
        parts.add(new Part(marked.substring(at), false));
        break;
      }
      if (start > at) {
        parts.add(new Part(marked.substring(at, start), false));
      }
      int stop = marked.indexOf(STOP, start + 1);
      if (stop < 0) {
        stop = marked.length();
      }
      parts.add(new Part(marked.substring(start + 1, stop), true));
      at = stop + 1;
    }
    return new Highlight(parts);
  }
}
