package uk.assure.document.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text Tika reads from a document page by page (parsers of paged formats such as PDF
 * mark each page with {@code <div class="page">}), with paragraph breaks kept, up to a limit on the
 * characters kept.
 */
final class PageTextHandler extends DefaultHandler {

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "title");

  private final int limit;
  private final List<StringBuilder> pages = new ArrayList<>();
  private boolean paged;
  private int written;

  PageTextHandler(int limit) {
    this.limit = limit;
    pages.add(new StringBuilder());
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) {
      // Anything before the first page (a title, say) belongs to the first page.
      if (paged) {
        pages.add(new StringBuilder());
      }
      paged = true;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (BLOCKS.contains(localName)) {
      current().append("\n\n");
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    int room = limit - written;
    if (length > room) {
      current().append(ch, start, Math.max(room, 0));
      written = limit;
      throw new WriteLimitReachedException(limit);
    }
    current().append(ch, start, length);
    written += length;
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    current().append(' ');
  }

  private StringBuilder current() {
    return pages.get(pages.size() - 1);
  }

  boolean paged() {
    return paged;
  }

  List<String> pages() {
    return pages.stream().map(StringBuilder::toString).toList();
  }
}
