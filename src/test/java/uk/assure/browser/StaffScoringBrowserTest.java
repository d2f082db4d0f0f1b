package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;

/** An assessor signs in, scores statements and watches the rating preview change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffScoringBrowserTest {

  private static final String PASSWORD = "a long and memorable password";
  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;
  @Autowired AssessmentScoring scoring;
  @Autowired uk.assure.team.TeamFixture team;

  @Test
  void anAssessorSignsInScoresAndSeesThePreviewChange() {
    var invited =
        (Invitations.Outcome.Invited) invitations.invite("scorer@example.org", "assessor", null);
    invitations.accept(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
    var id =
        scoring.start(
            new GssCode("E06000019"),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 10, 1),
            "test@example.org");
    team.onTeam(id, invited.account().id());

    browser.get("/sign-in");
    browser.assertAccessible();
    browser.findElement(By.id("email")).sendKeys("scorer@example.org");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    browser.waitFor(ExpectedConditions.urlContains("/staff"));
    browser.assertAccessible();

    browser.get("/staff/assessments/" + id);
    browser.assertAccessible();
    browser.findElement(By.linkText("Scores and rating preview")).click();
    browser.waitFor(ExpectedConditions.urlContains("/scores"));
    browser.assertAccessible();
    for (int statement = 1; statement <= 9; statement++) {
      new Select(browser.findElement(By.id("score-QS" + statement))).selectByValue("3");
    }
    browser.waitFor(ExpectedConditions.textToBe(By.id("preview-rating"), "Good: 75%"));
    new Select(browser.findElement(By.id("score-QS1"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS2"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS3"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS4"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS5"))).selectByValue("4");
    browser.waitFor(ExpectedConditions.textToBe(By.id("preview-rating"), "Outstanding: 89%"));

    browser.findElement(By.cssSelector("button[value='save']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.findElement(By.id("preview-rating")).getText())
        .isEqualTo("Outstanding: 89%");
    browser.assertAccessible();
  }
}
