package uk.assure.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.document.domain.ContentHash;
import uk.assure.document.domain.DocumentId;
import uk.assure.document.domain.ExtractionProblem;
import uk.assure.document.domain.Passage;

/** Documents, their distinct contents and their extracted passages as stored. */
public interface DocumentRecords {

  /** Records new contents; false (and nothing changes) when contents with this hash are held. */
  boolean addContent(ContentHash hash, long sizeBytes, String mediaType, Instant at);

  void add(
      DocumentId id,
      AssessmentId assessment,
      ContentHash hash,
      String fileName,
      String uploadedBy,
      Instant at);

  Optional<StoredDocument> find(DocumentId id);

  Optional<StoredDocument> findByHash(AssessmentId assessment, ContentHash hash);

  List<StoredDocument> inAssessment(AssessmentId assessment);

  /**
   * Takes the oldest contents waiting for extraction (or whose extraction was abandoned before
   * {@code staleBefore}) and marks them as being extracted, skipping any another worker holds.
   */
  Optional<Claim> claimExtraction(Instant at, Instant staleBefore);

  void saveText(
      ContentHash hash,
      List<Passage> passages,
      Optional<Integer> pages,
      boolean truncated,
      Instant at);

  void failExtraction(ContentHash hash, ExtractionProblem problem, Instant at);

  /** Passages of the assessment's documents matching a web-style search, best first. */
  List<SearchHit> search(AssessmentId assessment, String query, int limit);

  /** Contents claimed for extraction. */
  record Claim(ContentHash hash, String mediaType) {}
}
