package uk.assure.document.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.document.DocumentRecords;
import uk.assure.document.SearchHit;
import uk.assure.document.StoredDocument;
import uk.assure.document.domain.ContentHash;
import uk.assure.document.domain.DocumentId;
import uk.assure.document.domain.ExtractionProblem;
import uk.assure.document.domain.ExtractionStatus;
import uk.assure.document.domain.Highlight;
import uk.assure.document.domain.Passage;

@Repository
class JdbcDocumentRecords implements DocumentRecords {

  private static final String SELECT =
      """
      SELECT d.id, d.assessment_id, d.sha256, d.file_name, d.uploaded_by, d.uploaded_at,
             c.media_type, c.size_bytes, c.extraction_status, c.extraction_problem, c.page_count,
             c.text_truncated
        FROM documents d JOIN document_contents c ON c.sha256 = d.sha256
      """;

  private final JdbcClient jdbc;

  JdbcDocumentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean addContent(ContentHash hash, long sizeBytes, String mediaType, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO document_contents (sha256, size_bytes, media_type, stored_at)
                VALUES (:sha256, :size, :mediaType, :at)
                ON CONFLICT (sha256) DO NOTHING
                """)
            .param("sha256", hash.value())
            .param("size", sizeBytes)
            .param("mediaType", mediaType)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  @Override
  public void add(
      DocumentId id,
      AssessmentId assessment,
      ContentHash hash,
      String fileName,
      String uploadedBy,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO documents (id, assessment_id, sha256, file_name, uploaded_by, uploaded_at)
            VALUES (:id, :assessment, :sha256, :name, :by, :at)
            """)
        .param("id", id.value())
        .param("assessment", assessment.value())
        .param("sha256", hash.value())
        .param("name", fileName)
        .param("by", uploadedBy)
        .param("at", Timestamp.from(at))
        .update();
  }

  @Override
  public Optional<StoredDocument> find(DocumentId id) {
    return jdbc.sql(SELECT + " WHERE d.id = :id")
        .param("id", id.value())
        .query(this::row)
        .optional();
  }

  @Override
  public Optional<StoredDocument> findByHash(AssessmentId assessment, ContentHash hash) {
    return jdbc.sql(SELECT + " WHERE d.assessment_id = :assessment AND d.sha256 = :sha256")
        .param("assessment", assessment.value())
        .param("sha256", hash.value())
        .query(this::row)
        .optional();
  }

  @Override
  public List<StoredDocument> inAssessment(AssessmentId assessment) {
    return jdbc.sql(
            SELECT
                + " WHERE d.assessment_id = :assessment ORDER BY d.uploaded_at DESC, d.file_name")
        .param("assessment", assessment.value())
        .query(this::row)
        .list();
  }

  @Override
  public Optional<Claim> claimExtraction(Instant at, Instant staleBefore) {
    return jdbc.sql(
            """
            UPDATE document_contents SET extraction_status = 'extracting', extraction_started_at = :at
             WHERE sha256 = (SELECT sha256 FROM document_contents
                              WHERE extraction_status = 'waiting'
                                 OR (extraction_status = 'extracting' AND extraction_started_at < :stale)
                              ORDER BY stored_at
                              LIMIT 1
                                FOR UPDATE SKIP LOCKED)
            RETURNING sha256, media_type
            """)
        .param("at", Timestamp.from(at))
        .param("stale", Timestamp.from(staleBefore))
        .query((rs, n) -> new Claim(new ContentHash(rs.getString(1)), rs.getString(2)))
        .optional();
  }

  @Override
  public void saveText(
      ContentHash hash,
      List<Passage> passages,
      Optional<Integer> pages,
      boolean truncated,
      Instant at) {
    jdbc.sql("DELETE FROM document_passages WHERE sha256 = :sha256")
        .param("sha256", hash.value())
        .update();
    for (Passage passage : passages) {
      jdbc.sql(
              """
              INSERT INTO document_passages (sha256, ordinal, page, body)
              VALUES (:sha256, :ordinal, :page, :body)
              """)
          .param("sha256", hash.value())
          .param("ordinal", passage.ordinal())
          .param("page", passage.page().orElse(null))
          .param("body", passage.body())
          .update();
    }
    jdbc.sql(
            """
            UPDATE document_contents
               SET extraction_status = 'extracted', extraction_problem = NULL, extracted_at = :at,
                   page_count = :pages, text_truncated = :truncated
             WHERE sha256 = :sha256
            """)
        .param("sha256", hash.value())
        .param("at", Timestamp.from(at))
        .param("pages", pages.orElse(null))
        .param("truncated", truncated)
        .update();
  }

  @Override
  public void failExtraction(ContentHash hash, ExtractionProblem problem, Instant at) {
    jdbc.sql(
            """
            UPDATE document_contents
               SET extraction_status = 'failed', extraction_problem = :problem, extracted_at = :at
             WHERE sha256 = :sha256
            """)
        .param("sha256", hash.value())
        .param("problem", problem.code())
        .param("at", Timestamp.from(at))
        .update();
  }

  @Override
  public List<SearchHit> search(AssessmentId assessment, String query, int limit) {
    return jdbc.sql(
            """
            SELECT d.id, d.file_name, p.page,
                   ts_headline('english', p.body, q,
                       'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
              FROM documents d
              JOIN document_passages p ON p.sha256 = d.sha256,
                   websearch_to_tsquery('english', :query) q
             WHERE d.assessment_id = :assessment AND p.search_vector @@ q
             ORDER BY ts_rank(p.search_vector, q) DESC, d.file_name, p.ordinal
             LIMIT :limit
            """)
        .param("assessment", assessment.value())
        .param("query", query)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new SearchHit(
                    new DocumentId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    Optional.ofNullable((Integer) rs.getObject(3)),
                    Highlight.parse(rs.getString(4))))
        .list();
  }

  private StoredDocument row(ResultSet rs, int n) throws SQLException {
    return new StoredDocument(
        new DocumentId(rs.getObject("id", UUID.class)),
        new AssessmentId(rs.getObject("assessment_id", UUID.class)),
        new ContentHash(rs.getString("sha256")),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        ExtractionStatus.fromCode(rs.getString("extraction_status")),
        Optional.ofNullable(rs.getString("extraction_problem")).map(ExtractionProblem::fromCode),
        Optional.ofNullable((Integer) rs.getObject("page_count")),
        rs.getBoolean("text_truncated"));
  }
}
