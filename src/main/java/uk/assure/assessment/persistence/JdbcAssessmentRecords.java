package uk.assure.assessment.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.ScoreEntry;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.assessment.domain.ScoreRevision;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.ScoringMethod;

/**
 * Assessments in PostgreSQL: each assessment with its scores, the one open assessment per council,
 * publication and withdrawal, and the score entries in force.
 *
 * <p>It is over 300 lines because it implements every method of {@link AssessmentRecords}, each
 * query beside the mapping of its rows; an assessment and its scores are written together in one
 * place.
 */
@Repository
class JdbcAssessmentRecords implements AssessmentRecords {

  /** Each assessment with its scores gathered as JSON, so one query reads any number of them. */
  private static final String SELECT =
      """
      SELECT a.id, a.council_gss, a.method, a.framework_version, a.status, a.demo,
             a.started_on, a.site_visit_on, a.published_on, a.version, a.updated_by, a.updated_at,
             COALESCE((SELECT jsonb_object_agg(s.statement_code, s.score)
                         FROM assessment_statement_scores s
                        WHERE s.assessment_id = a.id), '{}') AS statement_scores,
             COALESCE((SELECT jsonb_object_agg(c.statement_code, c.categories)
                         FROM (SELECT statement_code, jsonb_object_agg(category_code, score) AS categories
                                 FROM assessment_category_scores
                                WHERE assessment_id = a.id
                                GROUP BY statement_code) c), '{}') AS category_scores
        FROM assessments a
      """;

  private static final TypeReference<Map<String, Integer>> STATEMENT_SCORES =
      new TypeReference<>() {};
  private static final TypeReference<Map<String, Map<String, Integer>>> CATEGORY_SCORES =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcAssessmentRecords(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  @Transactional
  public void add(Assessment assessment) {
    if (!addIfNoneOpen(assessment)) {
      throw new IllegalStateException(
          "Council " + assessment.council().value() + " already has an open assessment");
    }
  }

  @Override
  @Transactional
  public boolean addIfNoneOpen(Assessment assessment) {
    if (assessment.published() || assessment.withdrawn()) {
      throw new IllegalArgumentException("Add an assessment before publishing or withdrawing it");
    }
    // The conflict is the one-open-per-council index; a second start waits for the first and then
    // adds nothing, rather than failing the transaction.
    int added =
        jdbc.sql(
                """
                INSERT INTO assessments (id, council_gss, method, framework_version, status, demo,
                                         started_on, site_visit_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (council_gss) WHERE status = 'in_progress' AND NOT demo DO NOTHING
                """)
            .params(
                assessment.id().value(),
                assessment.council().value(),
                assessment.method().code(),
                assessment.frameworkVersion(),
                assessment.status().code(),
                assessment.demo(),
                Date.valueOf(assessment.startedOn()),
                assessment.siteVisitOn().map(Date::valueOf).orElse(null))
            .update();
    if (added == 0) {
      return false;
    }
    insertScores(assessment.id(), assessment.statementScores(), assessment.categoryScores());
    return true;
  }

  @Override
  public Optional<AssessmentId> openFor(GssCode council) {
    return jdbc.sql(
            "SELECT id FROM assessments WHERE council_gss = ? AND status = 'in_progress'"
                + " AND NOT demo")
        .param(council.value())
        .query((rs, n) -> new AssessmentId(rs.getObject(1, java.util.UUID.class)))
        .optional();
  }

  @Override
  public boolean withdraw(AssessmentId id) {
    return jdbc.sql(
                "UPDATE assessments SET status = 'withdrawn', version = version + 1"
                    + " WHERE id = ? AND status = 'in_progress'")
            .param(id.value())
            .update()
        == 1;
  }

  private void insertScores(
      AssessmentId id,
      Map<String, Integer> statementScores,
      Map<String, Map<String, Integer>> categoryScores) {
    statementScores.forEach(
        (statement, score) ->
            jdbc.sql(
                    "INSERT INTO assessment_statement_scores (assessment_id, statement_code, score)"
                        + " VALUES (?, ?, ?)")
                .params(id.value(), statement, score)
                .update());
    categoryScores.forEach(
        (statement, categories) ->
            categories.forEach(
                (category, score) ->
                    jdbc.sql(
                            "INSERT INTO assessment_category_scores (assessment_id, statement_code,"
                                + " category_code, score) VALUES (?, ?, ?, ?)")
                        .params(id.value(), statement, category, score)
                        .update()));
  }

  @Override
  public void publish(AssessmentId id, LocalDate on) {
    int updated =
        jdbc.sql(
                "UPDATE assessments SET status = 'published', published_on = ?, version = version"
                    + " + 1 WHERE id = ? AND status = 'in_progress'")
            .params(Date.valueOf(on), id.value())
            .update();
    if (updated != 1) {
      throw new IllegalStateException("No unpublished assessment " + id);
    }
  }

  @Override
  public void setSiteVisit(AssessmentId id, LocalDate on) {
    jdbc.sql("UPDATE assessments SET site_visit_on = ? WHERE id = ? AND status = 'in_progress'")
        .params(on, id.value())
        .update();
  }

  @Override
  public Optional<Assessment> find(AssessmentId id) {
    return jdbc.sql(SELECT + " WHERE a.id = ?")
        .param(id.value())
        .query(this::assessment)
        .optional();
  }

  @Override
  public List<Assessment> allPublished(boolean includeDemo) {
    return jdbc.sql(
            SELECT
                + " WHERE a.status = 'published' AND (? OR NOT a.demo)"
                + " ORDER BY a.published_on DESC, a.created_at DESC")
        .param(includeDemo)
        .query(this::assessment)
        .list();
  }

  @Override
  public boolean anyDemo() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessments WHERE demo)")
        .query(Boolean.class)
        .single();
  }

  @Override
  public boolean anyRealPublished() {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM assessments WHERE status = 'published' AND NOT demo)")
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<EditableAssessment> inProgress() {
    return jdbc.sql(SELECT + " WHERE a.status = 'in_progress' ORDER BY a.created_at DESC")
        .query(this::editable)
        .list();
  }

  @Override
  public void hold(AssessmentId id) {
    jdbc.sql("SELECT id FROM assessments WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(UUID.class)
        .list();
  }

  @Override
  public Optional<EditableAssessment> findEditable(AssessmentId id) {
    return jdbc.sql(SELECT + " WHERE a.id = ? AND a.status = 'in_progress'")
        .param(id.value())
        .query(this::editable)
        .optional();
  }

  @Override
  @Transactional
  public boolean replaceScores(
      AssessmentId id,
      int version,
      Map<String, Integer> statementScores,
      Map<String, Map<String, Integer>> categoryScores,
      String editor,
      Instant at) {
    int claimed =
        jdbc.sql(
                "UPDATE assessments SET version = version + 1, updated_by = ?, updated_at = ?"
                    + " WHERE id = ? AND version = ? AND status = 'in_progress'")
            .params(editor, Timestamp.from(at), id.value(), version)
            .update();
    if (claimed != 1) {
      return false;
    }
    jdbc.sql("DELETE FROM assessment_statement_scores WHERE assessment_id = ?")
        .param(id.value())
        .update();
    jdbc.sql("DELETE FROM assessment_category_scores WHERE assessment_id = ?")
        .param(id.value())
        .update();
    insertScores(id, statementScores, categoryScores);
    return true;
  }

  @Override
  public long publishedCount() {
    return jdbc.sql("SELECT count(*) FROM assessments WHERE status = 'published'")
        .query(Long.class)
        .single();
  }

  private EditableAssessment editable(ResultSet row, int rowNumber) throws SQLException {
    Timestamp updatedAt = row.getTimestamp("updated_at");
    return new EditableAssessment(
        assessment(row, rowNumber),
        row.getInt("version"),
        Optional.ofNullable(row.getString("updated_by")),
        Optional.ofNullable(updatedAt).map(Timestamp::toInstant));
  }

  private Assessment assessment(ResultSet row, int rowNumber) throws SQLException {
    return new Assessment(
        new AssessmentId(row.getObject("id", UUID.class)),
        new GssCode(row.getString("council_gss")),
        ScoringMethod.fromCode(row.getString("method")),
        row.getString("framework_version"),
        AssessmentStatus.fromCode(row.getString("status")),
        row.getBoolean("demo"),
        row.getObject("started_on", LocalDate.class),
        Optional.ofNullable(row.getObject("site_visit_on", LocalDate.class)),
        Optional.ofNullable(row.getObject("published_on", LocalDate.class)),
        json.readValue(row.getString("statement_scores"), STATEMENT_SCORES),
        json.readValue(row.getString("category_scores"), CATEGORY_SCORES));
  }

  @Override
  public void recordEntries(
      AssessmentId id, List<ScoreRevision.Change> changes, String editor, Instant at) {
    for (ScoreRevision.Change change : changes) {
      jdbc.sql(
              "INSERT INTO assessment_score_entries (assessment_id, item, score, entered_by,"
                  + " entered_at) VALUES (?, ?, ?, ?, ?)")
          .params(id.value(), change.item(), change.to(), editor, Timestamp.from(at))
          .update();
    }
  }

  @Override
  public List<ScoreEntry> entriesInForce() {
    return entriesInForce(Optional.empty());
  }

  @Override
  public List<ScoreEntry> entriesInForce(AssessmentId assessment) {
    return entriesInForce(Optional.of(assessment));
  }

  private List<ScoreEntry> entriesInForce(Optional<AssessmentId> assessment) {
    UUID only = assessment.map(AssessmentId::value).orElse(null);
    return jdbc.sql(
            """
            SELECT assessment_id, item, score, entered_by, entered_at FROM (
                SELECT DISTINCT ON (e.assessment_id, e.item)
                       e.assessment_id, e.item, e.score, e.entered_by, e.entered_at
                  FROM assessment_score_entries e JOIN assessments a ON a.id = e.assessment_id
                 WHERE NOT a.demo AND (CAST(? AS uuid) IS NULL OR e.assessment_id = ?)
                 ORDER BY e.assessment_id, e.item, e.id DESC) latest
             WHERE score IS NOT NULL
            """)
        .params(only, only)
        .query(
            (row, n) ->
                new ScoreEntry(
                    new AssessmentId(row.getObject(1, UUID.class)),
                    row.getString(2),
                    row.getInt(3),
                    row.getString(4),
                    row.getTimestamp(5).toInstant()))
        .list();
  }
}
