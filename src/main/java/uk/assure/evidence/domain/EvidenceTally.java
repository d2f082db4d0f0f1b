package uk.assure.evidence.domain;

import java.util.Objects;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * How many pieces of one source's evidence are linked to a quality statement under an evidence
 * category.
 *
 * @param source a short stable code for the source, such as {@code case-notes}
 */
public record EvidenceTally(
    String statementCode, EvidenceCategory category, String source, int count) {

  public EvidenceTally {
    Objects.requireNonNull(statementCode, "statementCode");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    if (count < 0) {
      throw new IllegalArgumentException("A count of evidence cannot be negative");
    }
  }
}
