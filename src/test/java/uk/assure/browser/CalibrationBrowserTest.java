package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.CalibrationFixture;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/** A panel member compares an assessment with the national picture and confirms its scores. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalibrationBrowserTest {

  private static final String PASSWORD = "a long and memorable password";

  private static final String SUNDERLAND =
      Councils.claim(CalibrationBrowserTest.class, "E08000024");

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired JourneyRecords journeys;
  @Autowired CalibrationPanel panel;

  @Test
  void aPanelMemberConfirmsScoresOnAccessiblePages() {
    var invited =
        TestUsers.signedUp(invitations, "panel-member@example.org", "panel", null, PASSWORD);
    AssessmentId id = awaitingCalibration();

    browser.signIn("panel-member@example.org", PASSWORD, "/staff");
    browser.get("/staff/calibration");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sunderland");
    browser.assertAccessible();

    browser.findElement(By.cssSelector("a[href='/staff/calibration/" + id + "']")).click();
    browser.waitFor(ExpectedConditions.urlContains("/staff/calibration/" + id));
    browser.assertAccessible();

    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    browser.assertAccessible();
    assertThat(panel.decision(id)).isEmpty();

    browser.findElement(By.cssSelector("label[for='outcome']")).click();
    browser.findElement(By.id("note")).sendKeys("In line with the evidence and similar councils");
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "The panel's decision is recorded and the scores are locked"));
    browser.assertAccessible();
    assertThat(panel.decision(id)).isPresent();
  }

  private AssessmentId awaitingCalibration() {
    return CalibrationFixture.awaitingCalibration(
        new GssCode(SUNDERLAND),
        scoring,
        journey,
        journeys,
        "assessor@example.org",
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3);
  }
}
