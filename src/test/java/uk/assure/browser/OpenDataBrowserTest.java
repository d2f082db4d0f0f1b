package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.results.PublishedCouncils;

/**
 * A member of the public reads the national picture and its breakdowns, finds the open data and a
 * council's direction of travel, in a real browser with the accessibility rules.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired AssessmentRecords assessments;

  @Test
  void theNationalPictureLeadsToTheOpenDataAndBothAreAccessible() {
    PublishedCouncils.publish(assessments);
    browser.get("/national");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("National picture");
    assertThat(browser.findElement(By.id("time-chart-title")).getAttribute("textContent"))
        .startsWith("Stacked bar chart");
    assertThat(browser.findElements(By.cssSelector("#by-region + p + table tbody tr")))
        .hasSizeGreaterThanOrEqualTo(9);
    browser.assertAccessible();

    browser
        .findElement(By.linkText("Download the open data and read what each field means"))
        .click();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Open data: council ratings");
    assertThat(
            browser
                .findElement(By.linkText("Ratings as CSV (comma-separated values)"))
                .getAttribute("href"))
        .endsWith("/open-data/ratings.csv");
    browser.assertAccessible();
  }

  @Test
  void aCouncilPageWithADirectionOfTravelIsAccessible() {
    PublishedCouncils.publish(assessments);
    browser.get("/councils/" + PublishedCouncils.PLYMOUTH);
    assertThat(browser.findElement(By.id("direction-of-travel")).getText())
        .isEqualTo("Direction of travel");
    assertThat(browser.getPageSource()).contains("Improved");
    browser.assertAccessible();
  }
}
