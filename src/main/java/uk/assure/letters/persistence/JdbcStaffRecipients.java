package uk.assure.letters.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.letters.StaffRecipients;
import uk.assure.security.domain.EmailAddress;

/**
 * Until assessments have teams, an assessment's leads are every active lead assessor and whoever
 * started it (found in the audit trail, which records who did).
 */
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
            SELECT email FROM users WHERE active AND role = 'lead_assessor'
            UNION
            SELECT u.email FROM users u JOIN audit_events a ON a.actor = u.email
            WHERE a.action = 'assessment_created' AND a.subject_type = 'assessment'
              AND a.subject_id = ? AND u.active AND u.role <> 'council'
            ORDER BY email
            """)
        .param(assessment.toString())
        .query((row, n) -> new EmailAddress(row.getString("email")))
        .list();
  }
}
