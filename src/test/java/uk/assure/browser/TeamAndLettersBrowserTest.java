package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.team.TeamFixture;
import uk.assure.testing.Councils;

/**
 * The pages of an assessment's team, its withdrawal and its moves, the staff home and the list of
 * every assessment, conflicts of interest, councils' contacts and the letters' wording: each used
 * as a person would, and each checked against WCAG 2.2 AA, in its error state too.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamAndLettersBrowserTest {

  private static final String PASSWORD = "a long and memorable password";

  private static final String DUDLEY = Councils.claim(TeamAndLettersBrowserTest.class, "E08000027");

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired TeamFixture team;

  @Test
  void aLeadKeepsTheTeamAndTheAdministratorTheContactsAndLettersOnAccessiblePages()
      throws Exception {
    var lead = invite("team-lead@example.org", "lead_assessor", null);
    invite("team-assessor@example.org", "assessor", null);
    invite("letters-admin@example.org", "admin", null);
    invite("dudley-user@example.org", "council", DUDLEY);
    var id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(DUDLEY),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now(),
            "someone@example.org");
    team.onTeam(id, lead.account().id());
    String assessment = "/staff/assessments/" + id;

    browser.signIn("team-lead@example.org", PASSWORD, "/staff");
    assertThat(browser.getPageSource()).contains(assessment);
    browser.assertAccessible();
    browser.get("/staff/assessments");
    browser.assertAccessible();
    browser.get("/staff/conflicts");
    browser.assertAccessible();

    browser.get(assessment + "/team");
    browser.assertAccessible();
    browser.findElement(By.cssSelector("form[action$='/team'] button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    browser.assertAccessible();
    new Select(browser.findElement(By.id("person")))
        .selectByVisibleText(optionFor("team-assessor@example.org"));
    browser.findElement(By.cssSelector("input[name='role'][value='assessor']")).click();
    browser.findElement(By.cssSelector("form[action$='/team'] button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.getPageSource()).contains("team-assessor@example.org");
    browser.assertAccessible();

    browser.get(assessment + "/stage");
    browser.assertAccessible();
    browser.get(assessment + "/withdraw");
    browser.assertAccessible();
    browser.findElement(By.cssSelector("form[action$='/withdraw'] button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    browser.assertAccessible();
    signOut();

    browser.signIn("letters-admin@example.org", PASSWORD, "/staff");
    browser.get("/staff/admin/councils/" + DUDLEY + "/contacts");
    browser.assertAccessible();
    browser.findElement(By.id("name")).sendKeys("Dana Director");
    browser.findElement(By.id("email")).sendKeys("not an address");
    browser.findElement(By.cssSelector("form[action$='/contacts'] button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    browser.assertAccessible();
    browser.findElement(By.id("email")).clear();
    browser.findElement(By.id("email")).sendKeys("dana.director@dudley.example.org");
    browser.findElement(By.cssSelector("input[name='kind'][value='dass']")).click();
    browser.findElement(By.cssSelector("form[action$='/contacts'] button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.getPageSource()).contains("dana.director@dudley.example.org");
    browser.assertAccessible();
    browser.get("/staff/admin/letters");
    browser.assertAccessible();
    browser.get("/staff/admin/letters/notice");
    browser.assertAccessible();
    browser.get("/staff/admin/outbox");
    browser.assertAccessible();
    browser.get("/staff/admin/people");
    browser.assertAccessible();
    signOut();

    browser.signIn("dudley-user@example.org", PASSWORD, "/council");
    browser.get("/council/contacts");
    assertThat(browser.getPageSource()).contains("dana.director@dudley.example.org");
    browser.assertAccessible();
  }

  private Invitations.Outcome.Invited invite(String email, String role, String council) {
    var invited = TestUsers.signedUp(invitations, email, role, council, PASSWORD);
    return invited;
  }

  /** The visible text of the option naming this person on the team page. */
  private static String optionFor(String email) {
    return browser.findElements(By.cssSelector("#person option")).stream()
        .map(o -> o.getText())
        .filter(text -> text.contains(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No one to choose for " + email));
  }

  private static void signOut() {
    browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
    browser.waitFor(ExpectedConditions.urlContains("/signed-out"));
  }
}
