package uk.assure.casetracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.StatementCode;

/** An assessor's note on a case, tagged to the statements and evidence category it informs. */
public record CaseNote(
    UUID id,
    String reference,
    String body,
    EvidenceCategory category,
    List<String> statements,
    String writtenBy,
    Instant writtenAt) {

  public static final int MAX_BODY = 10_000;

  public CaseNote {
    statements = List.copyOf(statements);
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      throw new IllegalArgumentException("A note has text of up to " + MAX_BODY + " characters");
    }
    if (statements.isEmpty() || !statements.stream().allMatch(StatementCode::isValid)) {
      throw new IllegalArgumentException("A note informs one or more quality statements");
    }
    if (!category.usedForCouncils()) {
      throw new IllegalArgumentException("Not an evidence category used for councils: " + category);
    }
  }
}
