package uk.assure.publication.web;

import java.util.Optional;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.publication.VersionSummary;

/** A published version as a list shows it. */
record VersionRow(
    int version,
    String contentHash,
    String publishedOn,
    String publishedBy,
    Optional<String> note) {

  static VersionRow of(VersionSummary v) {
    return new VersionRow(
        v.version(),
        v.contentHash(),
        v.publishedOn().format(FactualAccuracy.DATE),
        v.publishedBy(),
        v.changeNote());
  }
}
