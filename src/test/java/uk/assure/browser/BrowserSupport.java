package uk.assure.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Drives Debian's Chromium headless through ChromeDriver, and checks pages with axe-core against
 * WCAG 2.2 AA. Where the browser is not installed the tests are skipped, except in CI, where its
 * absence is a failure.
 */
final class BrowserSupport {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private BrowserSupport() {}

  /** Starts Chromium with its profile in the given folder, which the caller removes after. */
  static WebDriver startChromium(Path profile) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI must install chromium and chromium-driver for the browser tests");
    }
    assumeTrue(installed, "Chromium and ChromeDriver are not installed; browser tests skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Fails with the rules broken and where, if the page has any WCAG 2.2 AA violation. */
  static void assertAccessible(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    List<String> violations =
        results.getViolations().stream().map(BrowserSupport::describe).toList();
    assertThat(violations).as("accessibility violations on " + driver.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")")
            .toList();
  }
}
