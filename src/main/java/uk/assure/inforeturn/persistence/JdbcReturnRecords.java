package uk.assure.inforeturn.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.inforeturn.CatalogueEntry;
import uk.assure.inforeturn.ReturnRecords;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.RequestItem;

/**
 * The information return in PostgreSQL: the catalogue of request items, the items asked of each
 * assessment, the council's answers with the documents they attach, and the passages of those
 * documents.
 *
 * <p>It is over 300 lines because it implements every method of {@link ReturnRecords}, each query
 * beside the mapping of its rows; the answers and their documents are read and written together.
 */
@Repository
class JdbcReturnRecords implements ReturnRecords {

  private final JdbcClient jdbc;

  JdbcReturnRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<CatalogueEntry> catalogue() {
    return jdbc.sql("SELECT * FROM request_items ORDER BY retired, position, code")
        .query(this::entry)
        .list();
  }

  @Override
  public Optional<CatalogueEntry> catalogueEntry(String code) {
    return jdbc.sql("SELECT * FROM request_items WHERE code = :code")
        .param("code", code)
        .query(this::entry)
        .optional();
  }

  @Override
  public boolean addToCatalogue(RequestItem item, String actor, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO request_items (code, title, guidance, statements, required, position, updated_by, updated_at)
                VALUES (:code, :title, :guidance, :statements, :required, :position, :by, :at)
                ON CONFLICT (code) DO NOTHING
                """)
            .param("code", item.code())
            .param("title", item.title())
            .param("guidance", item.guidance())
            .param("statements", String.join(",", item.statements()))
            .param("required", item.required())
            .param("position", item.position())
            .param("by", actor)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  @Override
  public boolean changeInCatalogue(
      RequestItem item, boolean retired, int seenVersion, String actor, Instant at) {
    return jdbc.sql(
                """
                UPDATE request_items
                   SET title = :title, guidance = :guidance, statements = :statements,
                       required = :required, position = :position, retired = :retired,
                       version = version + 1, updated_by = :by, updated_at = :at
                 WHERE code = :code AND version = :seen
                """)
            .param("code", item.code())
            .param("title", item.title())
            .param("guidance", item.guidance())
            .param("statements", String.join(",", item.statements()))
            .param("required", item.required())
            .param("position", item.position())
            .param("retired", retired)
            .param("seen", seenVersion)
            .param("by", actor)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  @Override
  public void askFromCatalogue(AssessmentId assessment) {
    jdbc.sql(
            """
            INSERT INTO assessment_request_items (assessment_id, code, title, guidance, statements, required, position)
            SELECT :assessment, code, title, guidance, statements, required, position
              FROM request_items
             WHERE NOT retired
               AND NOT EXISTS (SELECT 1 FROM assessment_request_items WHERE assessment_id = :assessment)
            """)
        .param("assessment", assessment.value())
        .update();
  }

  @Override
  public List<RequestItem> asked(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT * FROM assessment_request_items WHERE assessment_id = :assessment ORDER BY position, code")
        .param("assessment", assessment.value())
        .query((rs, n) -> item(rs))
        .list();
  }

  @Override
  public List<Answer> answers(AssessmentId assessment) {
    Map<UUID, List<UUID>> documents = new HashMap<>();
    jdbc.sql(
            """
            SELECT d.answer_id, d.document_id
              FROM request_answer_documents d JOIN request_answers a ON a.id = d.answer_id
              JOIN documents doc ON doc.id = d.document_id
             WHERE a.assessment_id = :assessment
             ORDER BY doc.file_name
            """)
        .param("assessment", assessment.value())
        .query(
            rs -> {
              documents
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    return jdbc.sql(
            "SELECT * FROM request_answers WHERE assessment_id = :assessment ORDER BY answered_at, version")
        .param("assessment", assessment.value())
        .query((rs, n) -> answer(rs, documents))
        .list();
  }

  @Override
  public boolean addAnswer(AssessmentId assessment, Answer answer) {
    int added =
        jdbc.sql(
                """
                INSERT INTO request_answers (id, assessment_id, item_code, version, kind, effective_on,
                    link_url, not_held_reason, reference_document_id, reference_section,
                    reference_page_from, reference_page_to, answered_by, answered_at)
                VALUES (:id, :assessment, :item, :version, :kind, :effective, :link, :reason, :document,
                    :section, :pageFrom, :pageTo, :by, :at)
                ON CONFLICT (assessment_id, item_code, version) DO NOTHING
                """)
            .param("id", answer.id())
            .param("assessment", assessment.value())
            .param("item", answer.itemCode())
            .param("version", answer.version())
            .param("kind", answer.kind().code())
            .param("effective", answer.effectiveOn().map(Date::valueOf).orElse(null))
            .param("link", answer.link().orElse(null))
            .param("reason", answer.notHeldReason().orElse(null))
            .param("document", answer.reference().map(Answer.Reference::document).orElse(null))
            .param("section", answer.reference().map(Answer.Reference::section).orElse(null))
            .param("pageFrom", answer.reference().flatMap(Answer.Reference::pageFrom).orElse(null))
            .param("pageTo", answer.reference().flatMap(Answer.Reference::pageTo).orElse(null))
            .param("by", answer.answeredBy())
            .param("at", Timestamp.from(answer.answeredAt()))
            .update();
    if (added == 0) {
      return false;
    }
    for (UUID document : answer.documents()) {
      jdbc.sql(
              "INSERT INTO request_answer_documents (answer_id, document_id) VALUES (:answer, :document)")
          .param("answer", answer.id())
          .param("document", document)
          .update();
    }
    return true;
  }

  private CatalogueEntry entry(ResultSet rs, int n) throws SQLException {
    return new CatalogueEntry(
        item(rs),
        rs.getBoolean("retired"),
        rs.getInt("version"),
        rs.getString("updated_by"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static RequestItem item(ResultSet rs) throws SQLException {
    String statements = rs.getString("statements");
    return new RequestItem(
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("guidance"),
        statements.isEmpty() ? List.of() : Arrays.asList(statements.split(",")),
        rs.getBoolean("required"),
        rs.getInt("position"));
  }

  private static Answer answer(ResultSet rs, Map<UUID, List<UUID>> documents) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    AnswerKind kind = AnswerKind.fromCode(rs.getString("kind"));
    Optional<Answer.Reference> reference =
        kind == AnswerKind.REFERENCE
            ? Optional.of(
                new Answer.Reference(
                    rs.getObject("reference_document_id", UUID.class),
                    Optional.ofNullable(rs.getString("reference_section")).orElse(""),
                    Optional.ofNullable((Integer) rs.getObject("reference_page_from")),
                    Optional.ofNullable((Integer) rs.getObject("reference_page_to"))))
            : Optional.empty();
    return new Answer(
        id,
        rs.getString("item_code"),
        rs.getInt("version"),
        kind,
        Optional.ofNullable(rs.getDate("effective_on")).map(Date::toLocalDate),
        documents.getOrDefault(id, List.of()),
        reference,
        Optional.ofNullable(rs.getString("link_url")),
        Optional.ofNullable(rs.getString("not_held_reason")),
        rs.getString("answered_by"),
        rs.getTimestamp("answered_at").toInstant());
  }

  @Override
  public Map<UUID, String> documentNames(AssessmentId assessment) {
    Map<UUID, String> names = new HashMap<>();
    jdbc.sql("SELECT id, file_name FROM documents WHERE assessment_id = ?")
        .param(assessment.value())
        .query(
            (rs, n) -> {
              names.put(rs.getObject(1, UUID.class), rs.getString(2));
              return null;
            })
        .list();
    return names;
  }

  // Reads the passages the document feature extracted, by the document's content.
  @Override
  public Map<UUID, String> openings(Collection<UUID> documents) {
    Map<UUID, String> openings = new HashMap<>();
    if (documents.isEmpty()) {
      return openings;
    }
    jdbc.sql(
            """
            SELECT DISTINCT ON (d.id) d.id, p.body
              FROM documents d JOIN document_passages p ON p.sha256 = d.sha256
             WHERE d.id = ANY(?)
             ORDER BY d.id, p.ordinal
            """)
        .param(documents.toArray(UUID[]::new))
        .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2)))
        .list()
        .forEach(e -> openings.put(e.getKey(), e.getValue()));
    return openings;
  }

  @Override
  public List<String> passages(
      UUID document,
      Optional<Integer> pageFrom,
      Optional<Integer> pageTo,
      String section,
      int limit) {
    String select =
        "SELECT p.body FROM document_passages p JOIN documents d ON d.sha256 = p.sha256"
            + " WHERE d.id = :document";
    if (pageFrom.isPresent()) {
      return jdbc.sql(select + " AND p.page BETWEEN :from AND :to ORDER BY p.ordinal LIMIT :limit")
          .param("document", document)
          .param("from", pageFrom.get())
          .param("to", pageTo.orElse(pageFrom.get()))
          .param("limit", limit)
          .query(String.class)
          .list();
    }
    if (section != null && !section.isBlank()) {
      List<String> mentioning =
          jdbc.sql(
                  select
                      + " AND strpos(lower(p.body), lower(:section)) > 0 ORDER BY p.ordinal"
                      + " LIMIT :limit")
              .param("document", document)
              .param("section", section.strip())
              .param("limit", limit)
              .query(String.class)
              .list();
      if (!mentioning.isEmpty()) {
        return mentioning;
      }
    }
    return jdbc.sql(select + " ORDER BY p.ordinal LIMIT :limit")
        .param("document", document)
        .param("limit", limit)
        .query(String.class)
        .list();
  }
}
