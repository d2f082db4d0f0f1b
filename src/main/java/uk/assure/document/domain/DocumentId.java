package uk.assure.document.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The identity of a document an assessment holds. */
public record DocumentId(UUID value) {

  public DocumentId {
    Objects.requireNonNull(value, "value");
  }

  public static DocumentId random() {
    return new DocumentId(UUID.randomUUID());
  }

  /** The id written in an address, or empty when it is not one. */
  public static Optional<DocumentId> parse(String text) {
    try {
      return Optional.of(new DocumentId(UUID.fromString(text)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
