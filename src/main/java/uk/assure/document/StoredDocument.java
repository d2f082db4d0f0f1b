package uk.assure.document;

import java.time.Instant;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.document.domain.ContentHash;
import uk.assure.document.domain.DocumentId;
import uk.assure.document.domain.ExtractionProblem;
import uk.assure.document.domain.ExtractionStatus;

/** A document an assessment holds, with where its text extraction has got to. */
public record StoredDocument(
    DocumentId id,
    AssessmentId assessmentId,
    ContentHash hash,
    String fileName,
    String mediaType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt,
    ExtractionStatus status,
    Optional<ExtractionProblem> problem,
    Optional<Integer> pageCount,
    boolean textTruncated) {}
