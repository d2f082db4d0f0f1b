package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of the public finds a council and reads its rating, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

  private static WebDriver browser;

  @LocalServerPort int port;

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
  void findsACouncilFromTheListAndReadsItsRating() {
    browser.get(url("/councils"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Councils and their ratings");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(153);
    BrowserSupport.assertAccessible(browser);

    var search = browser.findElement(By.id("q"));
    search.sendKeys("Camden");
    search.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tbody tr"), 1));

    browser.findElement(By.linkText("Camden")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/councils/E09000007"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Camden");
    assertThat(browser.getPageSource()).contains("How this rating was worked out");
    BrowserSupport.assertAccessible(browser);
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
      browser.get(url(path));
      BrowserSupport.assertAccessible(browser);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
