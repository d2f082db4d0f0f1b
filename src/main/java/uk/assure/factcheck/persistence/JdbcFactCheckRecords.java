package uk.assure.factcheck.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.factcheck.FactCheckRecords;
import uk.assure.factcheck.SnapshotJson;
import uk.assure.factcheck.domain.AccuracyComment;
import uk.assure.factcheck.domain.Draft;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.factcheck.domain.Verdict;

@Repository
class JdbcFactCheckRecords implements FactCheckRecords {

  private static final String DRAFT_COLUMNS =
      "assessment_id, number, title, sections, html_body, pdf, content_hash, sent_by, sent_at,"
          + " sent_on, due_on";
  private static final String COMMENT_COLUMNS =
      "id, draft_number, section_key, what_is_wrong, correction, document_id, written_by,"
          + " written_at, decision, decision_reason, decided_by, decided_at, version";

  private final JdbcClient jdbc;
  private final SnapshotJson json;

  JdbcFactCheckRecords(JdbcClient jdbc, SnapshotJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public int draftCount(AssessmentId assessment) {
    return jdbc.sql("SELECT count(*) FROM report_drafts WHERE assessment_id = ?")
        .param(assessment.value())
        .query(Integer.class)
        .single();
  }

  @Override
  public void addDraft(Draft draft) {
    ReportSnapshot report = draft.report();
    jdbc.sql(
            "INSERT INTO report_drafts ("
                + DRAFT_COLUMNS
                + ") VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)")
        .params(
            draft.assessment().value(),
            draft.number(),
            report.title(),
            json.write(report.sections()),
            report.htmlBody(),
            report.pdf(),
            report.contentHash(),
            draft.sentBy(),
            Timestamp.from(draft.sentAt()),
            draft.sentOn(),
            draft.dueOn())
        .update();
  }

  @Override
  public Optional<Draft> lockDraft(AssessmentId assessment, int number) {
    return jdbc.sql(
            "SELECT "
                + DRAFT_COLUMNS
                + " FROM report_drafts WHERE assessment_id = ? AND number = ? FOR UPDATE")
        .params(assessment.value(), number)
        .query((rs, n) -> draft(rs))
        .optional();
  }

  @Override
  public Optional<Draft> latestDraft(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT "
                + DRAFT_COLUMNS
                + " FROM report_drafts WHERE assessment_id = ? ORDER BY number DESC LIMIT 1")
        .param(assessment.value())
        .query((rs, n) -> draft(rs))
        .optional();
  }

  @Override
  public List<AccuracyComment> comments(AssessmentId assessment, int draftNumber) {
    return jdbc.sql(
            "SELECT "
                + COMMENT_COLUMNS
                + " FROM factual_accuracy_comments WHERE assessment_id = ? AND draft_number = ?"
                + " ORDER BY written_at, id")
        .params(assessment.value(), draftNumber)
        .query((rs, n) -> comment(rs))
        .list();
  }

  @Override
  public void addComment(AssessmentId assessment, AccuracyComment comment) {
    jdbc.sql(
            """
            INSERT INTO factual_accuracy_comments
                (id, assessment_id, draft_number, section_key, what_is_wrong, correction,
                 document_id, written_by, written_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            comment.id(),
            assessment.value(),
            comment.draftNumber(),
            comment.sectionKey(),
            comment.whatIsWrong(),
            comment.correction(),
            comment.document().orElse(null),
            comment.writtenBy(),
            Timestamp.from(comment.writtenAt()))
        .update();
  }

  @Override
  public boolean decide(
      AssessmentId assessment, UUID comment, int seenVersion, AccuracyComment.Decision decision) {
    return jdbc.sql(
                """
                UPDATE factual_accuracy_comments
                   SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?,
                       version = version + 1
                 WHERE id = ? AND assessment_id = ? AND version = ?
                """)
            .params(
                decision.verdict().code(),
                decision.reason(),
                decision.decidedBy(),
                Timestamp.from(decision.decidedAt()),
                comment,
                assessment.value(),
                seenVersion)
            .update()
        == 1;
  }

  @Override
  public boolean submit(
      AssessmentId assessment, int draftNumber, FactualAccuracyCheck.Submission submission) {
    return jdbc.sql(
                """
                INSERT INTO factual_accuracy_submissions
                    (assessment_id, draft_number, submitted_by, submitted_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            .params(
                assessment.value(),
                draftNumber,
                submission.submittedBy(),
                Timestamp.from(submission.submittedAt()))
            .update()
        == 1;
  }

  @Override
  public Optional<FactualAccuracyCheck.Submission> submission(
      AssessmentId assessment, int draftNumber) {
    return jdbc.sql(
            """
            SELECT submitted_by, submitted_at FROM factual_accuracy_submissions
             WHERE assessment_id = ? AND draft_number = ?
            """)
        .params(assessment.value(), draftNumber)
        .query(
            (rs, n) ->
                new FactualAccuracyCheck.Submission(
                    rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant()))
        .optional();
  }

  private Draft draft(ResultSet rs) throws SQLException {
    return new Draft(
        new AssessmentId(rs.getObject("assessment_id", UUID.class)),
        rs.getInt("number"),
        new ReportSnapshot(
            rs.getString("title"),
            json.read(rs.getString("sections")),
            rs.getString("html_body"),
            rs.getBytes("pdf"),
            rs.getString("content_hash")),
        rs.getString("sent_by"),
        rs.getTimestamp("sent_at").toInstant(),
        rs.getObject("sent_on", java.time.LocalDate.class),
        rs.getObject("due_on", java.time.LocalDate.class));
  }

  private static AccuracyComment comment(ResultSet rs) throws SQLException {
    String verdict = rs.getString("decision");
    Optional<AccuracyComment.Decision> decision =
        verdict == null
            ? Optional.empty()
            : Optional.of(
                new AccuracyComment.Decision(
                    Verdict.fromCode(verdict),
                    rs.getString("decision_reason"),
                    rs.getString("decided_by"),
                    rs.getTimestamp("decided_at").toInstant()));
    return new AccuracyComment(
        rs.getObject("id", UUID.class),
        rs.getInt("draft_number"),
        rs.getString("section_key"),
        rs.getString("what_is_wrong"),
        rs.getString("correction"),
        Optional.ofNullable(rs.getObject("document_id", UUID.class)),
        rs.getString("written_by"),
        rs.getTimestamp("written_at").toInstant(),
        decision,
        rs.getInt("version"));
  }
}
