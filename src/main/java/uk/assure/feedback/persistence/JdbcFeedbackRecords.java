package uk.assure.feedback.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.feedback.FeedbackRecords;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.feedback.domain.FeedbackRole;
import uk.assure.framework.domain.EvidenceCategory;

@Repository
class JdbcFeedbackRecords implements FeedbackRecords {

  private final JdbcClient jdbc;

  JdbcFeedbackRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(Received f) {
    return jdbc.sql(
                """
                INSERT INTO feedback (id, assessment_id, role, body, quotable, contact_email,
                    submission_key, client_hash, received_at)
                VALUES (:id, :assessment, :role, :body, :quotable, :email, :key, :client, :at)
                ON CONFLICT (submission_key) DO NOTHING
                """)
            .param("id", f.id())
            .param("assessment", f.assessment().value())
            .param("role", f.role().code())
            .param("body", f.body())
            .param("quotable", f.quotable())
            .param("email", f.contactEmail().orElse(null))
            .param("key", f.submissionKey())
            .param("client", f.clientHash())
            .param("at", Timestamp.from(f.receivedAt()))
            .update()
        == 1;
  }

  @Override
  public int countFrom(String clientHash, Instant since) {
    return jdbc.sql(
            "SELECT count(*) FROM feedback WHERE client_hash = :client AND received_at >= :since")
        .param("client", clientHash)
        .param("since", Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  @Override
  public List<FeedbackItem> forAssessment(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT f.id, f.role, f.body, f.quotable, f.contact_email, f.received_at,
                   t.statements, t.category, t.extract, t.tagged_by, t.tagged_at
              FROM feedback f
              LEFT JOIN LATERAL (SELECT * FROM feedback_tags WHERE feedback_id = f.id ORDER BY id DESC LIMIT 1) t ON true
             WHERE f.assessment_id = :assessment
             ORDER BY f.received_at DESC, f.id
            """)
        .param("assessment", assessment.value())
        .query(
            (rs, n) -> {
              Optional<FeedbackItem.Tags> tags =
                  rs.getString("category") == null
                      ? Optional.empty()
                      : Optional.of(
                          new FeedbackItem.Tags(
                              rs.getString("statements").isEmpty()
                                  ? List.of()
                                  : Arrays.asList(rs.getString("statements").split(",")),
                              EvidenceCategory.fromCode(rs.getString("category")),
                              rs.getString("extract"),
                              rs.getString("tagged_by"),
                              rs.getTimestamp("tagged_at").toInstant()));
              return new FeedbackItem(
                  rs.getObject("id", UUID.class),
                  FeedbackRole.fromCode(rs.getString("role")),
                  rs.getString("body"),
                  rs.getBoolean("quotable"),
                  Optional.ofNullable(rs.getString("contact_email")),
                  rs.getTimestamp("received_at").toInstant(),
                  tags);
            })
        .list();
  }

  @Override
  public Optional<AssessmentId> assessmentOf(UUID feedback) {
    return jdbc.sql("SELECT assessment_id FROM feedback WHERE id = :id")
        .param("id", feedback)
        .query((rs, n) -> new AssessmentId(rs.getObject(1, UUID.class)))
        .optional();
  }

  @Override
  public void addTags(UUID feedback, FeedbackItem.Tags tags) {
    jdbc.sql(
            """
            INSERT INTO feedback_tags (feedback_id, statements, category, extract, tagged_by, tagged_at)
            VALUES (:feedback, :statements, :category, :extract, :by, :at)
            """)
        .param("feedback", feedback)
        .param("statements", String.join(",", tags.statements()))
        .param("category", tags.category().code())
        .param("extract", tags.extract())
        .param("by", tags.taggedBy())
        .param("at", Timestamp.from(tags.taggedAt()))
        .update();
  }
}
