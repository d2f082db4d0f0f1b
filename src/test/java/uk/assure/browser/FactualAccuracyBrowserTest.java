package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.publication.Publication;
import uk.assure.publication.PublicationFixture;
import uk.assure.publication.PublicationTestSupport;
import uk.assure.report.NarrativeRecords;
import uk.assure.security.Invitations;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/**
 * A council checks its draft report in a real browser (reads it, comments on a section after being
 * told what is missing, and submits once), then the public read the published report; every page on
 * the way passes the accessibility check.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FactualAccuracyBrowserTest {

  private static final String PASSWORD = "a long and memorable password";
  private static final String LAMBETH =
      Councils.claim(FactualAccuracyBrowserTest.class, "E09000022");
  @RegisterExtension static final Browser browser = new Browser();

  @Autowired PublicationFixture publicationFixture;
  @Autowired Invitations invitations;

  @Autowired uk.assure.team.TeamFixture team;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired NarrativeRecords narratives;
  @Autowired FactualAccuracy factualAccuracy;
  @Autowired Publication publication;

  @Test
  void aCouncilChecksItsDraftTheLeadDecidesAndThePublicReadTheReport() {
    var invited =
        TestUsers.signedUp(
            invitations, "accuracy@lambeth.example.org", "council", LAMBETH, PASSWORD);
    AssessmentId id =
        publicationFixture.atDraftReport(new GssCode(LAMBETH), 3, 3, 2, 3, 3, 3, 3, 2, 3);
    PublicationTestSupport.writeFindings(
        narratives, id, Map.of("QS1", "People wait 20 weeks for an assessment."));
    journey.move(id, Stage.DRAFT_REPORT, Stage.FACTUAL_ACCURACY, "", PublicationTestSupport.LEAD);

    browser.signIn("accuracy@lambeth.example.org", PASSWORD, "/council");

    browser.get("/council/assessments/" + id);
    browser.findElement(By.linkText("Factual accuracy check")).click();
    browser.waitFor(ExpectedConditions.urlContains("/factual-accuracy"));
    browser.assertAccessible();

    browser.findElement(By.linkText("Read the draft report")).click();
    browser.waitFor(ExpectedConditions.urlContains("/draft"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("People wait 20 weeks");
    browser.assertAccessible();
    browser.navigate().back();

    browser.findElement(By.xpath("//button[text()='Save comment']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Choose a section of the draft report")
        .contains("Enter what is wrong")
        .contains("Enter the correction");
    browser.assertAccessible();

    new Select(browser.findElement(By.id("section"))).selectByValue("QS1");
    browser.findElement(By.id("whatIsWrong")).sendKeys("The wait is given as 20 weeks");
    browser.findElement(By.id("correction")).sendKeys("People wait 12 weeks");
    browser.findElement(By.xpath("//button[text()='Save comment']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".govuk-notification-banner--success")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("People wait 12 weeks");
    browser.assertAccessible();

    browser.findElement(By.id("submit")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "Your comments have been submitted"));
    assertThat(browser.findElements(By.id("submit"))).isEmpty();
    browser.assertAccessible();

    // The lead assessor decides on the comment.
    browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
    browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/council")));
    var lead =
        (Invitations.Outcome.Invited)
            invitations.invite("accuracy-lead@example.org", "lead_assessor", null);
    invitations.accept(lead.link().substring(lead.link().lastIndexOf('/') + 1), PASSWORD);
    team.onTeam(id, lead.account().id());
    browser.signIn("accuracy-lead@example.org", PASSWORD, "/staff");
    browser.get("/staff/assessments/" + id + "/factual-accuracy");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("The wait is given as 20 weeks");
    browser.assertAccessible();
    browser.findElement(By.partialLinkText("Decide")).click();
    browser.waitFor(ExpectedConditions.urlContains("/comments/"));
    browser.assertAccessible();
    browser.findElement(By.xpath("//button[text()='Save decision']")).click();
    browser.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
    browser.assertAccessible();
    browser.findElement(By.cssSelector("label[for='verdict']")).click();
    browser.findElement(By.id("reason")).sendKeys("The waiting list shows 12 weeks");
    browser.findElement(By.xpath("//button[text()='Save decision']")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("main"), "The decision has been saved"));
    browser.assertAccessible();
    assertThat(factualAccuracy.check(id).orElseThrow().comments().get(0).decision()).isPresent();

    PublicationTestSupport.writeFindings(
        narratives, id, Map.of("QS1", "People wait 12 weeks for an assessment."));
    assertThat(
            journey.move(
                id, Stage.FACTUAL_ACCURACY, Stage.PUBLISHED, "", PublicationTestSupport.LEAD))
        .isInstanceOf(AssessmentJourney.MoveOutcome.Moved.class);
    String hash = publication.version(id, 1).orElseThrow().report().contentHash();
    browser.get("/staff/assessments/" + id + "/publication");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(hash);
    browser.assertAccessible();
    browser.get("/staff/review-requests");
    browser.assertAccessible();

    browser.get("/councils/" + LAMBETH);
    browser.assertAccessible();
    browser.findElement(By.partialLinkText("Read the report")).click();
    browser.waitFor(ExpectedConditions.urlContains("/report"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains(hash)
        .contains("People wait 12 weeks");
    browser.assertAccessible();
  }
}
