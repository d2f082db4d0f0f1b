package uk.assure.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * A piece of feedback about a council, as staff see it, with its latest tags.
 *
 * @param quotable whether the person agreed that their words may be quoted (without their name)
 * @param contactEmail how to reach the person, only when they chose not to stay anonymous
 */
public record FeedbackItem(
    UUID id,
    FeedbackRole role,
    String body,
    boolean quotable,
    Optional<String> contactEmail,
    Instant receivedAt,
    Optional<Tags> tags) {

  public static final int MAX_BODY = 5000;

  /** Staff's tags: the statements, the category, and an extract marked as quotable. */
  public record Tags(
      List<String> statements,
      EvidenceCategory category,
      String extract,
      String taggedBy,
      Instant taggedAt) {
    public Tags {
      statements = List.copyOf(statements);
    }
  }
}
