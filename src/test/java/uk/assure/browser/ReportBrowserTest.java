package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/** An assessor writes a report's narrative and previews the report, in a real browser. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBrowserTest {

  private static final String DEVON = Councils.claim(ReportBrowserTest.class, "E10000008");

  private static final String PASSWORD = "a long and memorable password";
  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired uk.assure.team.TeamFixture team;

  @Test
  void anAssessorWritesFindingsAndPreviewsTheReport() {
    var invited =
        TestUsers.signedUp(invitations, "report-writer@example.org", "assessor", null, PASSWORD);
    var id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(DEVON),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 10, 1),
            "test@example.org");
    team.onTeam(id, invited.account().id());

    browser.signIn("report-writer@example.org", PASSWORD, "/staff");

    browser.get("/staff/assessments/" + id);
    browser.findElement(By.linkText("Report")).click();
    browser.waitFor(ExpectedConditions.urlContains("/report"));
    browser.assertAccessible();

    browser.findElement(By.id("financialYear")).sendKeys("2024-2025");
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Enter the financial year like 2024-25");
    browser.assertAccessible();

    browser.findElement(By.id("financialYear")).clear();
    browser.findElement(By.id("peopleExperience")).sendKeys("People valued their social workers.");
    browser
        .findElement(By.id("statements[0].keyFindings"))
        .sendKeys("Waiting lists for assessment fell by a third.");
    browser.findElement(By.cssSelector("label[for='statements[0].tags-0']")).click();
    browser.findElement(By.cssSelector("button.govuk-button[type='submit']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    browser.assertAccessible();

    browser.findElement(By.linkText("Preview the report")).click();
    browser.waitFor(ExpectedConditions.urlContains("/preview"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Devon: assessment of adult social care")
        .contains("Waiting lists for assessment fell by a third.")
        .contains("No findings have been recorded for this quality statement.");
    browser.assertAccessible();
  }
}
