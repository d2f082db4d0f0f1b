package uk.assure.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.UserAccounts;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;
import uk.assure.team.TeamFixture;
import uk.assure.testing.Councils;

/** Who among the staff is told when a council sends something for its assessment. */
@Tag("database")
@SpringBootTest
class StaffRecipientsTest {

  private static final GssCode SOUTH_GLOUCESTERSHIRE =
      new GssCode(Councils.claim(StaffRecipientsTest.class, "E06000025"));

  @Autowired StaffRecipients recipients;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired UserAccounts accounts;
  @Autowired TeamFixture team;

  @Test
  void theAssessmentsOwnTeamIsToldAndNoOtherLeadOnceItHasOne() {
    AssessmentId id = start();
    String otherLead = account(Role.LEAD_ASSESSOR);
    String member = account(Role.ASSESSOR);

    assertThat(recipients.leadsOf(id)).extracting(EmailAddress::value).contains(otherLead);

    team.onTeam(id, accounts.find(new EmailAddress(member)).orElseThrow().id());

    assertThat(recipients.leadsOf(id)).extracting(EmailAddress::value).containsExactly(member);
  }

  private AssessmentId start() {
    return AssessmentFixture.startAfresh(
        scoring,
        journey,
        SOUTH_GLOUCESTERSHIRE,
        ScoringMethod.STATEMENT_LEVEL,
        LocalDate.now(),
        "nobody-" + UUID.randomUUID() + "@example.org");
  }

  private String account(Role role) {
    String email = role.code() + "." + System.nanoTime() + "@cqc.example.org";
    assertThat(accounts.add(UserAccount.invite(new EmailAddress(email), role, Optional.empty())))
        .isTrue();
    return email;
  }
}
