package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/** A member of the public finds a council and reads its rating, in a real browser. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void findsACouncilFromTheListAndReadsItsRating() {
    browser.get("/councils");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Councils and their ratings");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(153);
    browser.assertAccessible();

    var search = browser.findElement(By.id("q"));
    search.sendKeys("Camden");
    search.sendKeys(Keys.ENTER);
    browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tbody tr"), 1));

    browser.findElement(By.linkText("Camden")).click();
    browser.waitFor(ExpectedConditions.urlContains("/councils/E09000007"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Camden");
    assertThat(browser.getPageSource()).contains("How this rating was worked out");
    browser.assertAccessible();
  }

  @Test
  void theOtherPublicPagesAreAccessible() {
    for (String path :
        new String[] {
          "/",
          "/national",
          "/framework",
          "/about",
          "/no-such-page",
          "/councils/E09000007/indicators"
        }) {
      browser.get(path);
      browser.assertAccessible();
    }
  }
}
