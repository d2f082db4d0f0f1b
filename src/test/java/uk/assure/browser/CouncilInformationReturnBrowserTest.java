package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import uk.assure.assessment.AssessmentRepository;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.inforeturn.InformationReturn;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;

/**
 * A council user answers its information return in a real browser: sends a document, points a
 * second request at it instead of sending it again, says another is not held, and every page on the
 * way passes the accessibility check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilInformationReturnBrowserTest {

  private static final String PASSWORD = "a long and memorable password";
  private static final String COUNCIL = "E08000025";
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired Invitations invitations;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRepository assessments;
  @Autowired InformationReturn informationReturn;

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
  void aCouncilAnswersItsInformationReturnWithoutSendingAnythingTwice() throws Exception {
    var invited =
        (Invitations.Outcome.Invited)
            invitations.invite("returns@birmingham.example.org", "council", COUNCIL);
    invitations.accept(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
    AssessmentId id =
        scoring.start(
            new GssCode(COUNCIL),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now(),
            "lead@example.org");
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", "lead@example.org");
    journey.move(id, Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", "lead@example.org");
    Path file = Files.createTempFile("self-assessment", ".txt");
    Files.writeString(file, "Our self-assessment. Section 3 covers carers' assessments.");

    browser.get(url("/sign-in"));
    browser.findElement(By.id("email")).sendKeys("returns@birmingham.example.org");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    wait(ExpectedConditions.urlContains("/council"));

    browser.get(url("/council/assessments/" + id));
    BrowserSupport.assertAccessible(browser);
    browser.findElement(By.linkText("Information return")).click();
    wait(ExpectedConditions.urlContains("/information-return"));
    BrowserSupport.assertAccessible(browser);

    browser.findElement(By.linkText("Self-assessment")).click();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Select how you want to answer");
    BrowserSupport.assertAccessible(browser);

    browser.findElement(By.cssSelector("label[for='kind']")).click();
    browser.findElement(By.id("files")).sendKeys(file.toString());
    enterDate();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    BrowserSupport.assertAccessible(browser);

    browser.findElement(By.linkText("How you assess needs, and how long people wait")).click();
    browser.findElement(By.cssSelector("label[for='kind-reference']")).click();
    new Select(browser.findElement(By.id("referenceDocument"))).selectByIndex(1);
    browser.findElement(By.id("section")).sendKeys("Section 3");
    enterDate();
    BrowserSupport.assertAccessible(browser);
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));

    browser.findElement(By.linkText("Anything else you want us to see")).click();
    browser.findElement(By.cssSelector("label[for='kind-not-held']")).click();
    browser.findElement(By.id("reason")).sendKeys("Everything is in the self-assessment");
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));

    int asked =
        informationReturn.state(assessments.find(id).orElseThrow()).completeness().items().size();
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("3 of " + asked + " requests answered");
    BrowserSupport.assertAccessible(browser);
  }

  private void enterDate() {
    LocalDate on = LocalDate.now().minusMonths(2);
    browser.findElement(By.id("day")).sendKeys(String.valueOf(on.getDayOfMonth()));
    browser.findElement(By.id("month")).sendKeys(String.valueOf(on.getMonthValue()));
    browser.findElement(By.id("year")).sendKeys(String.valueOf(on.getYear()));
  }

  private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
