package uk.assure.letters;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.security.domain.EmailAddress;

/** The staff told when a council sends something for an assessment. */
public interface StaffRecipients {

  /**
   * The people working on the assessment: its team, those who can still sign in; while it has no
   * team yet, every active lead assessor, so that nothing a council sends goes unseen. Each address
   * once.
   */
  List<EmailAddress> leadsOf(AssessmentId assessment);
}
