package uk.assure.publication.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.SnapshotJson;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.publication.PublicationRecords;
import uk.assure.publication.VersionSummary;
import uk.assure.publication.domain.PublishedVersion;
import uk.assure.publication.domain.ReviewRequest;
import uk.assure.publication.domain.ReviewStatus;

@Repository
class JdbcPublicationRecords implements PublicationRecords {

  private static final String VERSION_COLUMNS =
      "assessment_id, version, council_gss, title, sections, html_body, pdf, content_hash,"
          + " published_by, published_at, published_on, change_note";

  private final JdbcClient jdbc;
  private final SnapshotJson json;

  JdbcPublicationRecords(JdbcClient jdbc, SnapshotJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public int latestVersion(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT COALESCE(max(version), 0) FROM published_reports WHERE assessment_id = ?")
        .param(assessment.value())
        .query(Integer.class)
        .single();
  }

  @Override
  public void add(PublishedVersion version) {
    ReportSnapshot report = version.report();
    jdbc.sql(
            "INSERT INTO published_reports ("
                + VERSION_COLUMNS
                + ") VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)")
        .params(
            version.assessment().value(),
            version.version(),
            version.council().value(),
            report.title(),
            json.write(report.sections()),
            report.htmlBody(),
            report.pdf(),
            report.contentHash(),
            version.publishedBy(),
            Timestamp.from(version.publishedAt()),
            version.publishedOn(),
            version.changeNote().orElse(null))
        .update();
  }

  @Override
  public Optional<PublishedVersion> version(AssessmentId assessment, int version) {
    return jdbc.sql(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM published_reports WHERE assessment_id = ? AND version = ?")
        .params(assessment.value(), version)
        .query((rs, n) -> version(rs))
        .optional();
  }

  @Override
  public List<VersionSummary> versions(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT version, content_hash, published_on, published_by, change_note
              FROM published_reports WHERE assessment_id = ? ORDER BY version
            """)
        .param(assessment.value())
        .query(
            (rs, n) ->
                new VersionSummary(
                    rs.getInt("version"),
                    rs.getString("content_hash"),
                    rs.getObject("published_on", LocalDate.class),
                    rs.getString("published_by"),
                    Optional.ofNullable(rs.getString("change_note"))))
        .list();
  }

  @Override
  public Optional<AssessmentId> latestReported(GssCode council) {
    return jdbc.sql(
            """
            SELECT r.assessment_id FROM published_reports r JOIN assessments a ON a.id = r.assessment_id
             WHERE r.council_gss = ? AND r.version = 1
             ORDER BY a.published_on DESC, r.published_at DESC LIMIT 1
            """)
        .param(council.value())
        .query((rs, n) -> new AssessmentId(rs.getObject(1, UUID.class)))
        .optional();
  }

  @Override
  public boolean addReview(ReviewRequest request) {
    int added =
        jdbc.sql(
                """
            INSERT INTO rating_review_requests
                (id, assessment_id, council_gss, grounds, requested_by, requested_at, received_on,
                 status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
            ON CONFLICT (id) DO NOTHING
            """)
            .params(
                request.id(),
                request.assessment().value(),
                request.council().value(),
                request.grounds(),
                request.requestedBy(),
                Timestamp.from(request.requestedAt()),
                request.steps().get(0).on(),
                request.status().code())
            .update();
    if (added == 0) {
      return false;
    }
    insertStep(request.id(), 1, request.steps().get(0));
    return true;
  }

  @Override
  public Optional<ReviewRequest> review(UUID id) {
    return reviewsWhere("r.id = ?", id).stream().findFirst();
  }

  @Override
  public List<ReviewRequest> reviews(AssessmentId assessment) {
    return reviewsWhere("r.assessment_id = ?", assessment.value());
  }

  @Override
  public List<ReviewRequest> allReviews() {
    return reviewsWhere(null, null);
  }

  @Override
  public boolean addStep(UUID review, int seenVersion, ReviewRequest.Step step) {
    int updated =
        jdbc.sql(
                """
                UPDATE rating_review_requests SET status = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """)
            .params(step.status().code(), review, seenVersion)
            .update();
    if (updated != 1) {
      return false;
    }
    int sequence =
        jdbc.sql("SELECT count(*) + 1 FROM rating_review_steps WHERE review_id = ?")
            .param(review)
            .query(Integer.class)
            .single();
    insertStep(review, sequence, step);
    return true;
  }

  private void insertStep(UUID review, int sequence, ReviewRequest.Step step) {
    jdbc.sql(
            """
            INSERT INTO rating_review_steps
                (review_id, sequence, status, reason, actor, taken_at, taken_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            review,
            sequence,
            step.status().code(),
            step.reason().orElse(null),
            step.actor(),
            Timestamp.from(step.at()),
            step.on())
        .update();
  }

  private List<ReviewRequest> reviewsWhere(String condition, Object param) {
    String sql =
        """
        SELECT r.id, r.assessment_id, r.council_gss, r.grounds, r.requested_by, r.requested_at,
               r.status, r.version, s.sequence, s.status AS step_status, s.reason, s.actor,
               s.taken_at, s.taken_on
          FROM rating_review_requests r JOIN rating_review_steps s ON s.review_id = r.id
        """
            + (condition == null ? "" : " WHERE " + condition)
            + " ORDER BY r.requested_at DESC, r.id, s.sequence";
    var statement = jdbc.sql(sql);
    if (param != null) {
      statement = statement.param(param);
    }
    Map<UUID, Row> rows = new LinkedHashMap<>();
    statement.query(
        (RowCallbackHandler)
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              if (!rows.containsKey(id)) {
                rows.put(id, row(rs));
              }
              rows.get(id).steps().add(step(rs));
            });
    return rows.values().stream().map(Row::request).toList();
  }

  private record Row(
      UUID id,
      AssessmentId assessment,
      GssCode council,
      String grounds,
      String requestedBy,
      java.time.Instant requestedAt,
      ReviewStatus status,
      int version,
      List<ReviewRequest.Step> steps) {

    ReviewRequest request() {
      return new ReviewRequest(
          id, assessment, council, grounds, requestedBy, requestedAt, status, steps, version);
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        new AssessmentId(rs.getObject("assessment_id", UUID.class)),
        new GssCode(rs.getString("council_gss")),
        rs.getString("grounds"),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        ReviewStatus.fromCode(rs.getString("status")),
        rs.getInt("version"),
        new ArrayList<>());
  }

  private static ReviewRequest.Step step(ResultSet rs) throws SQLException {
    return new ReviewRequest.Step(
        ReviewStatus.fromCode(rs.getString("step_status")),
        Optional.ofNullable(rs.getString("reason")),
        rs.getString("actor"),
        rs.getTimestamp("taken_at").toInstant(),
        rs.getObject("taken_on", LocalDate.class));
  }

  private PublishedVersion version(ResultSet rs) throws SQLException {
    return new PublishedVersion(
        new AssessmentId(rs.getObject("assessment_id", UUID.class)),
        new GssCode(rs.getString("council_gss")),
        rs.getInt("version"),
        new ReportSnapshot(
            rs.getString("title"),
            json.read(rs.getString("sections")),
            rs.getString("html_body"),
            rs.getBytes("pdf"),
            rs.getString("content_hash")),
        rs.getString("published_by"),
        rs.getTimestamp("published_at").toInstant(),
        rs.getObject("published_on", LocalDate.class),
        Optional.ofNullable(rs.getString("change_note")));
  }
}
