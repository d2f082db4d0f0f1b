package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;

/** An assessor signs in, scores statements and watches the rating preview change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffScoringBrowserTest {

  private static final String PASSWORD = "a long and memorable password";
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired Invitations invitations;
  @Autowired AssessmentScoring scoring;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = BrowserSupport.startChromium();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

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

    browser.get(url("/sign-in"));
    BrowserSupport.assertAccessible(browser);
    browser.findElement(By.id("email")).sendKeys("scorer@example.org");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    wait(ExpectedConditions.urlContains("/staff"));
    BrowserSupport.assertAccessible(browser);

    browser.get(url("/staff/assessments/" + id));
    BrowserSupport.assertAccessible(browser);
    browser.findElement(By.linkText("Scores and rating preview")).click();
    wait(ExpectedConditions.urlContains("/scores"));
    BrowserSupport.assertAccessible(browser);
    for (int statement = 1; statement <= 9; statement++) {
      new Select(browser.findElement(By.id("score-QS" + statement))).selectByValue("3");
    }
    wait(ExpectedConditions.textToBe(By.id("preview-rating"), "Good: 75%"));
    new Select(browser.findElement(By.id("score-QS1"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS2"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS3"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS4"))).selectByValue("4");
    new Select(browser.findElement(By.id("score-QS5"))).selectByValue("4");
    wait(ExpectedConditions.textToBe(By.id("preview-rating"), "Outstanding: 89%"));

    browser.findElement(By.cssSelector("button[value='save']")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.findElement(By.id("preview-rating")).getText())
        .isEqualTo("Outstanding: 89%");
    BrowserSupport.assertAccessible(browser);
  }

  private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
