package uk.assure.document.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts extracted text into passages small enough to search and to show as a result: paragraphs are
 * kept whole where they fit, joined while they fit together, and a paragraph longer than a passage
 * is cut at a sentence end or a space.
 */
public final class PassageSplitter {

  public static final int MAX_LENGTH = 2000;

  private PassageSplitter() {}

  /**
   * The passages of a document's text.
   *
   * @param pages the text of each page in order, or one element for a document without pages
   * @param paged whether the document has real pages (so passages carry page numbers)
   */
  public static List<Passage> split(List<String> pages, boolean paged) {
    List<Passage> passages = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      Optional<Integer> page = paged ? Optional.of(p + 1) : Optional.empty();
      StringBuilder current = new StringBuilder();
      for (String paragraph : clean(pages.get(p)).split("\n\\s*\n")) {
        String text = paragraph.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
          continue;
        }
        if (current.length() > 0 && current.length() + 2 + text.length() > MAX_LENGTH) {
          add(passages, page, current.toString());
          current.setLength(0);
        }
        while (text.length() > MAX_LENGTH) {
          int cut = cutPoint(text);
          add(passages, page, text.substring(0, cut));
          text = text.substring(cut).strip();
        }
        if (current.length() > 0) {
          current.append("\n\n");
        }
        current.append(text);
      }
      if (current.length() > 0) {
        add(passages, page, current.toString());
      }
    }
    return passages;
  }

  private static void add(List<Passage> passages, Optional<Integer> page, String body) {
    passages.add(new Passage(passages.size() + 1, page, body.strip()));
  }

  /** Where to cut text longer than a passage: after the last sentence end, else the last space. */
  private static int cutPoint(String text) {
    String head = text.substring(0, MAX_LENGTH);
    int sentence =
        Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("? "), head.lastIndexOf("! ")));
    if (sentence > MAX_LENGTH / 2) {
      return sentence + 1;
    }
    int space = head.lastIndexOf(' ');
    return space > MAX_LENGTH / 2 ? space : MAX_LENGTH;
  }

  /** Text PostgreSQL can store: no NUL characters, line ends made plain. */
  private static String clean(String text) {
    return text.replace("\u0000", "").replace("\r\n", "\n").replace('\r', '\n');
  }
}
