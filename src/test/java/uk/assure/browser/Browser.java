package uk.assure.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chromium for a test class, pointed at the server its Spring test started, with the
 * steps browser tests share. Register it with {@code @RegisterExtension static final Browser
 * browser = new Browser();} in a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

  private Path profile;
  private WebDriver driver;
  private String base;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    profile = Files.createTempDirectory("assure-chromium");
    driver = BrowserSupport.startChromium(profile);
    String port =
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getProperty("local.server.port");
    base = "http://localhost:" + port;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a page of the server under test, by its path. */
  void get(String path) {
    driver.get(base + path);
  }

  WebElement findElement(By by) {
    return driver.findElement(by);
  }

  List<WebElement> findElements(By by) {
    return driver.findElements(by);
  }

  String getPageSource() {
    return driver.getPageSource();
  }

  WebDriver.Navigation navigate() {
    return driver.navigate();
  }

  void waitFor(ExpectedCondition<?> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
  }

  /** Signs in through the sign-in page and waits until the browser is on a page under landing. */
  void signIn(String email, String password, String landing) {
    get("/sign-in");
    findElement(By.id("email")).sendKeys(email);
    findElement(By.id("password")).sendKeys(password);
    findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    waitFor(ExpectedConditions.urlContains(landing));
  }

  /** Fails with the rules broken and where, if the page has any WCAG 2.2 AA violation. */
  void assertAccessible() {
    BrowserSupport.assertAccessible(driver);
  }
}
