package uk.assure.team.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.Role;
import uk.assure.team.TeamRecords;
import uk.assure.team.domain.Conflict;
import uk.assure.team.domain.Person;
import uk.assure.team.domain.TeamMember;
import uk.assure.team.domain.TeamRole;

@Repository
class JdbcTeamRecords implements TeamRecords {

  private static final String STAFF = "role <> 'council'";

  private final JdbcClient jdbc;

  JdbcTeamRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TeamMember> members(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT u.id, u.email, u.role, u.external, t.team_role
            FROM assessment_team_members t JOIN users u ON u.id = t.user_id
            WHERE t.assessment_id = :assessment
            ORDER BY t.team_role <> 'lead', u.email
            """)
        .param("assessment", assessment.value())
        .query((rs, n) -> new TeamMember(person(rs), TeamRole.fromCode(rs.getString("team_role"))))
        .list();
  }

  @Override
  public boolean add(AssessmentId assessment, UUID person, TeamRole role, String by, Instant at) {
    // Any unique rule (the person already on it, a second lead) leaves the team as it was.
    return jdbc.sql(
                """
                INSERT INTO assessment_team_members (assessment_id, user_id, team_role, added_by, added_at)
                VALUES (:assessment, :person, :role, :by, :at)
                ON CONFLICT DO NOTHING
                """)
            .param("assessment", assessment.value())
            .param("person", person)
            .param("role", role.code())
            .param("by", by)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  @Override
  public boolean remove(AssessmentId assessment, UUID person) {
    return jdbc.sql(
                "DELETE FROM assessment_team_members WHERE assessment_id = :assessment AND user_id = :person")
            .param("assessment", assessment.value())
            .param("person", person)
            .update()
        == 1;
  }

  @Override
  public boolean isOn(AssessmentId assessment, UUID person) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM assessment_team_members
                           WHERE assessment_id = :assessment AND user_id = :person)
            """)
        .param("assessment", assessment.value())
        .param("person", person)
        .query(Boolean.class)
        .single();
  }

  @Override
  public Set<AssessmentId> assessmentsOf(UUID person) {
    return new HashSet<>(
        jdbc.sql("SELECT assessment_id FROM assessment_team_members WHERE user_id = :person")
            .param("person", person)
            .query((rs, n) -> new AssessmentId(rs.getObject("assessment_id", UUID.class)))
            .list());
  }

  @Override
  public List<Person> staff() {
    return jdbc.sql(
            "SELECT id, email, role, external FROM users WHERE active AND "
                + STAFF
                + " ORDER BY email")
        .query((rs, n) -> person(rs))
        .list();
  }

  @Override
  public Optional<Person> person(UUID id) {
    return jdbc.sql("SELECT id, email, role, external FROM users WHERE id = :id AND " + STAFF)
        .param("id", id)
        .query((rs, n) -> person(rs))
        .optional();
  }

  @Override
  public Optional<Person> person(String email) {
    return jdbc.sql("SELECT id, email, role, external FROM users WHERE email = :email AND " + STAFF)
        .param("email", email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
        .query((rs, n) -> person(rs))
        .optional();
  }

  @Override
  public boolean setExternal(UUID person, boolean external) {
    return jdbc.sql(
                "UPDATE users SET external = :external, version = version + 1 WHERE id = :id AND "
                    + STAFF)
            .param("external", external)
            .param("id", person)
            .update()
        == 1;
  }

  @Override
  public boolean addConflict(Conflict c) {
    return jdbc.sql(
                """
                INSERT INTO conflicts_of_interest (user_id, council_gss, reason, recorded_by, recorded_at)
                VALUES (:person, :council, :reason, :by, :at)
                ON CONFLICT DO NOTHING
                """)
            .param("person", c.person())
            .param("council", c.council().value())
            .param("reason", c.reason())
            .param("by", c.recordedBy())
            .param("at", Timestamp.from(c.recordedAt()))
            .update()
        == 1;
  }

  @Override
  public List<Conflict> conflicts(UUID person) {
    return jdbc.sql(
            "SELECT * FROM conflicts_of_interest WHERE user_id = :person ORDER BY recorded_at")
        .param("person", person)
        .query(
            (rs, n) ->
                new Conflict(
                    rs.getObject("user_id", UUID.class),
                    new GssCode(rs.getString("council_gss")),
                    rs.getString("reason"),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  @Override
  public boolean conflicted(UUID person, GssCode council) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM conflicts_of_interest
                           WHERE user_id = :person AND council_gss = :council)
            """)
        .param("person", person)
        .param("council", council.value())
        .query(Boolean.class)
        .single();
  }

  private static Person person(ResultSet rs) throws SQLException {
    return new Person(
        rs.getObject("id", UUID.class),
        rs.getString("email"),
        Role.fromCode(rs.getString("role")),
        rs.getBoolean("external"));
  }
}
