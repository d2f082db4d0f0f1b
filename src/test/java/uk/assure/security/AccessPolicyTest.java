package uk.assure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import uk.assure.security.domain.Role;

/** What the access rules must always say, whatever routes are added. */
class AccessPolicyTest {

  @Test
  void thePublicReachesPublishedPagesButNoStaffOrCouncilArea() {
    assertThat(allows(HttpMethod.GET, "/councils/E09000007", null)).isTrue();
    assertThat(allows(HttpMethod.POST, "/api/v1/ratings/calculate", null)).isTrue();
    for (String path : new String[] {"/staff", "/staff/assessments/x", "/council", "/council/x"}) {
      assertThat(allows(HttpMethod.GET, path, null)).as(path).isFalse();
    }
  }

  @Test
  void councilUsersNeverReachTheStaffArea() {
    assertThat(allows(HttpMethod.GET, "/staff", Role.COUNCIL)).isFalse();
    assertThat(allows(HttpMethod.POST, "/staff/assessments/x/statements/QS1", Role.COUNCIL))
        .isFalse();
    assertThat(allows(HttpMethod.GET, "/council", Role.COUNCIL)).isTrue();
  }

  @Test
  void onlyAdminsReachAdministrationAndOnlyAssessorsJudgeScores() {
    for (Role role : Role.values()) {
      assertThat(allows(HttpMethod.GET, "/staff/admin/users", role))
          .as(role.code())
          .isEqualTo(role == Role.ADMIN);
      // Admins do not score: judgements come from lead assessors and assessors only.
      assertThat(allows(HttpMethod.POST, "/staff/assessments/x/statements/QS1", role))
          .as(role.code())
          .isEqualTo(Arrays.asList(Role.LEAD_ASSESSOR, Role.ASSESSOR).contains(role));
    }
  }

  @Test
  void onlyLeadsMoveWithdrawOrDateAnAssessmentAndSeeTheFormsForIt() {
    for (Role role : Role.values()) {
      boolean lead = Arrays.asList(Role.ADMIN, Role.LEAD_ASSESSOR).contains(role);
      for (String form : new String[] {"stage", "withdraw", "site-visit"}) {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.POST}) {
          assertThat(allows(method, "/staff/assessments/x/" + form, role))
              .as(role.code() + " " + method + " " + form)
              .isEqualTo(lead);
        }
      }
    }
  }

  @Test
  void aPathNoRuleCoversIsUndecided() {
    assertThat(AccessRules.ruleFor(HttpMethod.GET, "/something-new")).isEmpty();
    assertThat(AccessRules.ruleFor(HttpMethod.DELETE, "/councils")).isEmpty();
  }

  private static boolean allows(HttpMethod method, String path, Role role) {
    return AccessRules.ruleFor(method, path)
        .map(rule -> rule.allows(Optional.ofNullable(role)))
        .orElse(false);
  }
}
