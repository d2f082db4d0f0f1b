package uk.assure.team;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.assure.security.AssureUser;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;

/**
 * Puts signed-in test people on assessments' teams, so they may open them. The person's account is
 * stored first if the test made it up (as {@code TestUsers} does), under an address of its own.
 */
@Component
public class TeamFixture {

  private final JdbcClient jdbc;

  TeamFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Puts the test assessor and the test lead assessor ({@code TestUsers.withRole}) on the
   * assessment's team, for tests about other things that sign in as them.
   */
  public void withTestAssessors(Object assessmentId) {
    onTeam(assessmentId, TestUsers.withRole(Role.ASSESSOR));
    onTeam(assessmentId, TestUsers.withRole(Role.LEAD_ASSESSOR));
  }

  /** Puts a stored account on the assessment's team as an assessor. */
  public void onTeam(Object assessmentId, UUID person) {
    jdbc.sql(
            """
            INSERT INTO assessment_team_members (assessment_id, user_id, team_role, added_by, added_at)
            VALUES (:assessment, :person, 'assessor', 'team-fixture@example.org', :at)
            ON CONFLICT DO NOTHING
            """)
        .param("assessment", UUID.fromString(assessmentId.toString()))
        .param("person", person)
        .param("at", java.sql.Timestamp.from(Instant.now()))
        .update();
  }

  /** Puts the person on the assessment's team as an assessor (or as lead, for lead assessors). */
  public void onTeam(Object assessmentId, AssureUser user) {
    UUID assessment = UUID.fromString(assessmentId.toString());
    jdbc.sql(
            """
            INSERT INTO users (id, email, role) VALUES (:id, :email, :role)
            ON CONFLICT (id) DO NOTHING
            """)
        .param("id", user.id())
        .param("email", "team-" + user.id() + "@example.org")
        .param("role", user.role().code())
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment_team_members (assessment_id, user_id, team_role, added_by, added_at)
            VALUES (:assessment, :person, 'assessor', 'team-fixture@example.org', :at)
            ON CONFLICT DO NOTHING
            """)
        .param("assessment", assessment)
        .param("person", user.id())
        .param("at", java.sql.Timestamp.from(Instant.now()))
        .update();
  }
}
