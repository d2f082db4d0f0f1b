package uk.assure.letters.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.letters.StaffRecipients;
import uk.assure.security.domain.EmailAddress;

/** An assessment's team, or every active lead assessor while it has none. */
@Repository
class JdbcStaffRecipients implements StaffRecipients {

  private final JdbcClient jdbc;

  JdbcStaffRecipients(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<EmailAddress> leadsOf(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT u.email FROM users u JOIN assessment_team_members t ON t.user_id = u.id
            WHERE t.assessment_id = ? AND u.active
            UNION
            SELECT email FROM users WHERE active AND role = 'lead_assessor'
              AND NOT EXISTS (SELECT 1 FROM assessment_team_members WHERE assessment_id = ?)
            ORDER BY email
            """)
        .params(assessment.value(), assessment.value())
        .query((row, n) -> new EmailAddress(row.getString("email")))
        .list();
  }
}
