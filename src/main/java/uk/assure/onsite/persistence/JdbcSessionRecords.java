package uk.assure.onsite.persistence;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.onsite.SessionRecords;
import uk.assure.onsite.domain.AttendeeRole;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionKind;
import uk.assure.onsite.domain.SessionNote;

@Repository
class JdbcSessionRecords implements SessionRecords {

  private final JdbcClient jdbc;

  JdbcSessionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(AssessmentId assessment, Session s) {
    return jdbc.sql(
                """
                INSERT INTO onsite_sessions (id, assessment_id, kind, title, held_on, starts_at, ends_at,
                    place, attendee_roles, assessors, planned_by, planned_at)
                VALUES (:id, :assessment, :kind, :title, :on, :starts, :ends, :place, :roles, :assessors, :by, :at)
                ON CONFLICT (id) DO NOTHING
                """)
            .param("id", s.id())
            .param("assessment", assessment.value())
            .param("kind", s.kind().code())
            .param("title", s.title())
            .param("on", Date.valueOf(s.on()))
            .param("starts", Time.valueOf(s.starts()))
            .param("ends", Time.valueOf(s.ends()))
            .param("place", s.place())
            .param(
                "roles",
                s.attendees().stream().map(AttendeeRole::code).collect(Collectors.joining(",")))
            .param("assessors", s.assessors())
            .param("by", s.plannedBy())
            .param("at", Timestamp.from(s.plannedAt()))
            .update()
        == 1;
  }

  @Override
  public List<Session> sessions(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT * FROM onsite_sessions WHERE assessment_id = :assessment ORDER BY held_on, starts_at, title")
        .param("assessment", assessment.value())
        .query(
            (rs, n) ->
                new Session(
                    rs.getObject("id", UUID.class),
                    SessionKind.find(rs.getString("kind")).orElseThrow(),
                    rs.getString("title"),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getTime("starts_at").toLocalTime(),
                    rs.getTime("ends_at").toLocalTime(),
                    rs.getString("place"),
                    Arrays.stream(rs.getString("attendee_roles").split(","))
                        .map(r -> AttendeeRole.find(r).orElseThrow())
                        .toList(),
                    rs.getString("assessors"),
                    rs.getString("planned_by"),
                    rs.getTimestamp("planned_at").toInstant()))
        .list();
  }

  @Override
  public void addNote(SessionNote note) {
    jdbc.sql(
            """
            INSERT INTO onsite_notes (id, session_id, body, category, statements, written_by, written_at)
            VALUES (:id, :session, :body, :category, :statements, :by, :at)
            """)
        .param("id", note.id())
        .param("session", note.session())
        .param("body", note.body())
        .param("category", note.category().code())
        .param("statements", String.join(",", note.statements()))
        .param("by", note.writtenBy())
        .param("at", Timestamp.from(note.writtenAt()))
        .update();
  }

  @Override
  public List<SessionNote> notes(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT n.* FROM onsite_notes n JOIN onsite_sessions s ON s.id = n.session_id
             WHERE s.assessment_id = :assessment ORDER BY n.written_at, n.id
            """)
        .param("assessment", assessment.value())
        .query(
            (rs, n) ->
                new SessionNote(
                    rs.getObject("id", UUID.class),
                    rs.getObject("session_id", UUID.class),
                    rs.getString("body"),
                    EvidenceCategory.fromCode(rs.getString("category")),
                    Arrays.asList(rs.getString("statements").split(",")),
                    rs.getString("written_by"),
                    rs.getTimestamp("written_at").toInstant()))
        .list();
  }
}
