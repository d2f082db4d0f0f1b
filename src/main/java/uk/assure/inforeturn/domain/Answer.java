package uk.assure.inforeturn.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a council's answer to a request. Versions are never changed: a new answer is a new
 * version, and the earlier ones stay readable.
 *
 * @param effectiveOn when the evidence was current (not when it was sent); none for "not held"
 * @param documents the documents sent with this version (for {@link AnswerKind#DOCUMENTS})
 */
public record Answer(
    UUID id,
    String itemCode,
    int version,
    AnswerKind kind,
    Optional<LocalDate> effectiveOn,
    List<UUID> documents,
    Optional<Reference> reference,
    Optional<String> link,
    Optional<String> notHeldReason,
    String answeredBy,
    Instant answeredAt) {

  public Answer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    documents = List.copyOf(documents);
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1");
    }
    if (kind != AnswerKind.NOT_HELD && effectiveOn.isEmpty()) {
      throw new IllegalArgumentException("An answer with evidence says when it was current");
    }
    if ((kind == AnswerKind.DOCUMENTS) == documents.isEmpty()
        || (kind == AnswerKind.REFERENCE) != reference.isPresent()
        || (kind == AnswerKind.LINK) != link.isPresent()
        || (kind == AnswerKind.NOT_HELD) != notHeldReason.isPresent()) {
      throw new IllegalArgumentException("An answer carries exactly what its kind needs");
    }
  }

  /**
   * A section or page range of a document the council sent already.
   *
   * @param section a heading or section name, may be blank
   */
  public record Reference(
      UUID document, String section, Optional<Integer> pageFrom, Optional<Integer> pageTo) {}
}
