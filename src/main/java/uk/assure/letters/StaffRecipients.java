package uk.assure.letters;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.security.domain.EmailAddress;

/** The staff told when a council sends something for an assessment. */
public interface StaffRecipients {

  /**
   * The people leading the assessment: the person who started it, if they can still sign in, and
   * every active lead assessor; each address once.
   */
  List<EmailAddress> leadsOf(AssessmentId assessment);
}
