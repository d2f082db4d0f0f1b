package uk.assure.journey.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.assure.security.domain.Role;
import uk.assure.shared.web.AssessmentSection;

/** An assessment's overview links only to the sections the person reading it may open. */
class OverviewSectionsTest {

  private static final AssessmentSection FEEDBACK =
      new AssessmentSection(1, "/feedback", "feedback.section", false);
  private static final AssessmentSection CASES =
      new AssessmentSection(2, "/cases", "cases.section", true);
  private static final AssessmentSection WORKBENCH =
      new AssessmentSection(3, "/statements", "workbench.section", false);
  private static final AssessmentSection DOCUMENTS =
      new AssessmentSection(4, "/documents", "documents.section", true);

  @Test
  void anAnalystIsNotLedToFeedbackCaseListsOrScoring() {
    assertThat(StaffJourneyController.opens(Role.ANALYST, FEEDBACK)).isFalse();
    assertThat(StaffJourneyController.opens(Role.ANALYST, CASES)).isFalse();
    assertThat(StaffJourneyController.opens(Role.ANALYST, WORKBENCH)).isFalse();
    assertThat(StaffJourneyController.opens(Role.ANALYST, DOCUMENTS)).isTrue();
  }

  @Test
  void theTeamAndAdministratorsAreLedToEverySection() {
    for (Role role : new Role[] {Role.ASSESSOR, Role.LEAD_ASSESSOR, Role.ADMIN}) {
      for (AssessmentSection section : new AssessmentSection[] {FEEDBACK, CASES, WORKBENCH}) {
        assertThat(StaffJourneyController.opens(role, section)).as(role + " " + section).isTrue();
      }
    }
  }
}
