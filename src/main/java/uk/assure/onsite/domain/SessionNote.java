package uk.assure.onsite.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.assure.framework.domain.EvidenceCategory;

/** An assessor's note from a session, tagged to the statements and category it informs. */
public record SessionNote(
    UUID id,
    UUID session,
    String body,
    EvidenceCategory category,
    List<String> statements,
    String writtenBy,
    Instant writtenAt) {

  public SessionNote {
    statements = List.copyOf(statements);
    if (body == null || body.isBlank() || statements.isEmpty() || !category.usedForCouncils()) {
      throw new IllegalArgumentException("A note has text, statements and a council category");
    }
  }
}
