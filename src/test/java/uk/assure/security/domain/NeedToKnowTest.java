package uk.assure.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeedToKnowTest {

  @Test
  void assessorsAndLeadsOpenOnlyTheirTeamsAssessments() {
    for (Role role : new Role[] {Role.ASSESSOR, Role.LEAD_ASSESSOR}) {
      assertThat(NeedToKnow.allows(role, "/staff/assessments/{id}/scores", () -> true)).isTrue();
      assertThat(NeedToKnow.allows(role, "/staff/assessments/{id}/scores", () -> false)).isFalse();
      assertThat(NeedToKnow.allows(role, "/staff/assessments/{id}", () -> false)).isFalse();
      assertThat(NeedToKnow.allows(role, "/staff/calibration/{id}", () -> false)).isFalse();
    }
  }

  @Test
  void routesNotNamingAnAssessmentAreLeftAlone() {
    assertThat(NeedToKnow.allows(Role.ASSESSOR, "/staff/assessments/new", () -> false)).isTrue();
    assertThat(NeedToKnow.allows(Role.ASSESSOR, "/staff/assessments", () -> false)).isTrue();
    assertThat(NeedToKnow.allows(Role.ASSESSOR, "/staff/calibration", () -> false)).isTrue();
    assertThat(NeedToKnow.namesAnAssessment("/staff/assessments/{id}x")).isFalse();
  }

  @Test
  void adminsAndThePanelSeeEveryAssessment() {
    for (Role role : new Role[] {Role.ADMIN, Role.PANEL}) {
      assertThat(NeedToKnow.allows(role, "/staff/assessments/{id}/cases", () -> false)).isTrue();
    }
  }

  @Test
  void analystsSeeAssessmentsButNotFeedbackOrCaseLists() {
    assertThat(NeedToKnow.allows(Role.ANALYST, "/staff/assessments/{id}", () -> false)).isTrue();
    assertThat(NeedToKnow.allows(Role.ANALYST, "/staff/assessments/{id}/evidence", () -> false))
        .isTrue();
    assertThat(NeedToKnow.allows(Role.ANALYST, "/staff/assessments/{id}/feedback", () -> true))
        .isFalse();
    assertThat(
            NeedToKnow.allows(
                Role.ANALYST, "/staff/assessments/{id}/cases/{reference}", () -> true))
        .isFalse();
  }
}
