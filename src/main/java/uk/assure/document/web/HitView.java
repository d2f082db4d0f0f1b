package uk.assure.document.web;

import uk.assure.document.SearchHit;
import uk.assure.document.domain.Highlight;

/** A search result as the page shows it: the document, the page if known, the marked passage. */
record HitView(String fileName, String href, Integer page, Highlight passage) {

  static HitView of(SearchHit hit, String base) {
    return new HitView(
        hit.fileName(), base + "/" + hit.documentId(), hit.page().orElse(null), hit.passage());
  }
}
