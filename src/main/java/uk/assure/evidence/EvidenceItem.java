package uk.assure.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * One piece of evidence linked to a quality statement, as the scoring workbench lists it and a
 * rationale cites it.
 *
 * @param id stable within the assessment, so a rationale can cite it: the source's code, a colon
 *     and the source's own id, such as {@code case-note:3f2a...}
 * @param kind what sort of evidence it is, one of {@link #KINDS}; pages name it from {@code
 *     workbench.kind.<kind>}
 * @param title what it is called where it came from (a request, a session, a case reference)
 * @param extract the words themselves, or what was sent (document names), possibly blank
 * @param passages passages of documents' extracted text it points to, possibly none
 * @param link where staff can open it in Assure, or the address the council gave
 * @param comparison for a national figure: better, similar, worse or not_compared than England
 * @param test for a national figure: how the comparison was decided
 */
public record EvidenceItem(
    String id,
    EvidenceCategory category,
    String kind,
    String title,
    String extract,
    List<String> passages,
    Optional<String> link,
    Optional<String> comparison,
    Optional<String> test) {

  /** The kinds of evidence the sources give. */
  public static final List<String> KINDS =
      List.of(
          "documents", "reference", "link", "feedback", "case-note", "on-site-note", "indicator");

  public EvidenceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(test, "test");
    passages = List.copyOf(passages);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("Unknown kind of evidence: " + kind);
    }
    if (!category.usedForCouncils()) {
      throw new IllegalArgumentException("Not a category used for councils: " + category);
    }
    if (id.isBlank() || id.length() > 120) {
      throw new IllegalArgumentException("An evidence id is 1 to 120 characters");
    }
  }

  /** A piece of evidence with words and perhaps a link, but no passages or comparison. */
  public static EvidenceItem of(
      String id,
      EvidenceCategory category,
      String kind,
      String title,
      String extract,
      Optional<String> link) {
    return new EvidenceItem(
        id, category, kind, title, extract, List.of(), link, Optional.empty(), Optional.empty());
  }
}
