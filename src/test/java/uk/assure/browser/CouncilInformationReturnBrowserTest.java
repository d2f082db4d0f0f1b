package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.inforeturn.InformationReturn;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/**
 * A council user answers its information return in a real browser: sends a document, points a
 * second request at it instead of sending it again, says another is not held, and every page on the
 * way passes the accessibility check.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilInformationReturnBrowserTest {

  private static final String PASSWORD = "a long and memorable password";
  private static final String COUNCIL =
      Councils.claim(CouncilInformationReturnBrowserTest.class, "E08000025");
  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired InformationReturn informationReturn;

  @Test
  void aCouncilAnswersItsInformationReturnWithoutSendingAnythingTwice() throws Exception {
    var invited =
        TestUsers.signedUp(
            invitations, "returns@birmingham.example.org", "council", COUNCIL, PASSWORD);
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(COUNCIL),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.now(),
            "lead@example.org");
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", "lead@example.org");
    journey.move(id, Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", "lead@example.org");
    Path file = Files.createTempFile("self-assessment", ".txt");
    Files.writeString(file, "Our self-assessment. Section 3 covers carers' assessments.");

    browser.signIn("returns@birmingham.example.org", PASSWORD, "/council");

    browser.get("/council/assessments/" + id);
    browser.assertAccessible();
    browser.findElement(By.linkText("Information return")).click();
    browser.waitFor(ExpectedConditions.urlContains("/information-return"));
    browser.assertAccessible();

    browser.findElement(By.linkText("Self-assessment")).click();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Select how you want to answer");
    browser.assertAccessible();

    browser.findElement(By.cssSelector("label[for='kind']")).click();
    browser.findElement(By.id("files")).sendKeys(file.toString());
    enterDate();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    browser.assertAccessible();

    browser.findElement(By.linkText("How you assess needs, and how long people wait")).click();
    browser.findElement(By.cssSelector("label[for='kind-reference']")).click();
    new Select(browser.findElement(By.id("referenceDocument"))).selectByIndex(1);
    browser.findElement(By.id("section")).sendKeys("Section 3");
    enterDate();
    browser.assertAccessible();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));

    browser.findElement(By.linkText("Anything else you want us to see")).click();
    browser.findElement(By.cssSelector("label[for='kind-not-held']")).click();
    browser.findElement(By.id("reason")).sendKeys("Everything is in the self-assessment");
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));

    int asked =
        informationReturn.state(assessments.find(id).orElseThrow()).completeness().items().size();
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("3 of " + asked + " requests answered");
    browser.assertAccessible();
  }

  private void enterDate() {
    LocalDate on = LocalDate.now().minusMonths(2);
    browser.findElement(By.id("day")).sendKeys(String.valueOf(on.getDayOfMonth()));
    browser.findElement(By.id("month")).sendKeys(String.valueOf(on.getMonthValue()));
    browser.findElement(By.id("year")).sendKeys(String.valueOf(on.getYear()));
  }
}
