package uk.assure.document;

import java.util.Optional;
import uk.assure.document.domain.DocumentId;
import uk.assure.document.domain.Highlight;

/** A passage of an assessment's documents that matched a search, with the matches marked. */
public record SearchHit(
    DocumentId documentId, String fileName, Optional<Integer> page, Highlight passage) {}
