package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.onsite.SessionRecords;
import uk.assure.onsite.domain.AttendeeRole;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionKind;
import uk.assure.onsite.domain.SessionNote;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/** An assessor judges a statement on the workbench, citing evidence, with the preview changing. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchBrowserTest {

  private static final String TELFORD = Councils.claim(WorkbenchBrowserTest.class, "E06000020");

  private static final String PASSWORD = "a long and memorable password";
  @RegisterExtension static final Browser browser = new Browser();

  @Autowired Invitations invitations;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentScoring scoring;
  @Autowired uk.assure.team.TeamFixture team;
  @Autowired SessionRecords sessions;

  @Test
  void anAssessorJudgesAStatementCitingEvidenceOnAnAccessiblePage() throws Exception {
    var invited =
        TestUsers.signedUp(
            invitations, "workbench-assessor@example.org", "assessor", null, PASSWORD);
    var id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(TELFORD),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 10, 1),
            "test@example.org");
    team.onTeam(id, invited.account().id());
    UUID session = UUID.randomUUID();
    sessions.add(
        id,
        new Session(
            session,
            SessionKind.FOCUS_GROUP,
            "Focus group with frontline staff",
            LocalDate.of(2026, 12, 1),
            LocalTime.of(13, 0),
            LocalTime.of(14, 0),
            "Addenbrooke House",
            List.of(AttendeeRole.FRONTLINE_STAFF),
            "A. Assessor",
            "test@example.org",
            Instant.now()));
    sessions.addNote(
        new SessionNote(
            UUID.randomUUID(),
            session,
            "Staff said assessments are prioritised by risk every morning",
            EvidenceCategory.FEEDBACK_STAFF_LEADERS,
            List.of("QS1"),
            "test@example.org",
            Instant.now()));

    browser.signIn("workbench-assessor@example.org", PASSWORD, "/staff");

    browser.get("/staff/assessments/" + id + "/statements");
    browser.assertAccessible();
    browser.findElement(By.partialLinkText("QS1")).click();
    browser.waitFor(ExpectedConditions.urlContains("/statements/QS1"));
    assertThat(browser.getPageSource()).contains("prioritised by risk every morning");
    browser.assertAccessible();

    new Select(browser.findElement(By.id("score"))).selectByValue("3");
    browser.waitFor(ExpectedConditions.textToBe(By.id("preview-rating"), "Good: 75%"));
    browser.findElement(By.cssSelector("input[name='cited']")).click();
    browser.findElement(By.id("rationale")).sendKeys("Risk-based triage keeps waits short.");
    screenshot("workbench-qs1.png");
    browser.findElement(By.cssSelector("button[value='save']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.findElement(By.id("preview-rating")).getText()).isEqualTo("Good: 75%");
    assertThat(browser.findElement(By.cssSelector("input[name='cited']")).isSelected()).isTrue();
    browser.assertAccessible();
  }

  private void screenshot(String name) throws Exception {
    Path target = Path.of("target", name);
    Files.write(target, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
