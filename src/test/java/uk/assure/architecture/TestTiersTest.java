package uk.assure.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * {@code mvn test} runs plain unit tests only, in seconds; a test that starts Spring, the database
 * or a browser runs in Failsafe during {@code mvn verify}. The build tells them apart by JUnit tag,
 * so a test class without its tag would slow the unit tier down (or, named {@code *IT}, not run at
 * all): this check finds it.
 */
class TestTiersTest {

  /** A full application, and with it the embedded PostgreSQL. */
  static final String DATABASE = "database";

  /** Headless Chromium against a full application. */
  static final String BROWSER = "browser";

  /** A Spring test slice (such as {@code @WebMvcTest}) without the database. */
  static final String SPRING = "spring";

  /** The packaged jar, started as the README says. */
  static final String END_TO_END = "endtoend";

  private static final Set<String> SLOW_TIERS = Set.of(DATABASE, BROWSER, SPRING, END_TO_END);

  /**
   * Test classes that run the jar's commands through {@code uk.assure.Assure} but only commands
   * that start neither Spring nor the database ({@code rate}, {@code framework check}).
   */
  private static final Set<String> COMMANDS_WITHOUT_DATABASE =
      Set.of(
          "uk.assure.rating.cli.RateCommandTest", "uk.assure.rating.cli.CheckFrameworkCommandTest");

  /** The constant pool entry of a class file that names {@code uk.assure.Assure}. */
  private static final byte[] NAMES_THE_APPLICATION =
      utf8Entry("uk.assure.Assure".replace('.', '/'));

  private static final Pattern POM_TIERS =
      Pattern.compile("<test\\.slow-tiers>([^<]*)</test\\.slow-tiers>");

  @Test
  void everyTestThatStartsSpringADatabaseOrABrowserIsTaggedForItsTier() throws Exception {
    List<Class<?>> classes = testClasses();

    assertThat(classes).as("test classes found").hasSizeGreaterThan(100);
    assertThat(problems(classes)).as("test classes in the wrong tier").isEmpty();
  }

  @Test
  void theBuildSendsExactlyTheseTiersToFailsafe() throws IOException {
    Matcher tiers = POM_TIERS.matcher(Files.readString(Path.of("pom.xml")));

    assertThat(tiers.find()).as("test.slow-tiers in pom.xml").isTrue();
    assertThat(tiers.group(1).split(",")).containsExactlyInAnyOrderElementsOf(SLOW_TIERS);
  }

  @Test
  void theCheckFindsUntaggedTests() {
    assertThat(
            problems(
                List.of(
                    UntaggedApplication.class,
                    TaggedApplication.class,
                    BrowserTaggedAsDatabase.class,
                    TaggedBrowser.class,
                    UntaggedSlice.class,
                    UntaggedIT.class,
                    PlainUnitTest.class,
                    RunsTheApplicationUntagged.class,
                    RunsTheApplicationTagged.class)))
        .containsExactlyInAnyOrder(
            UntaggedApplication.class.getName() + " starts the application: tag it database",
            BrowserTaggedAsDatabase.class.getName() + " drives a browser: tag it browser",
            UntaggedSlice.class.getName() + " starts Spring: tag it spring",
            UntaggedIT.class.getName() + " is named *IT: tag it with one of " + SLOW_TIERS,
            RunsTheApplicationUntagged.class.getName()
                + " runs the application's commands: tag it database");
  }

  static List<String> problems(List<Class<?>> classes) {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      Set<String> tags = tags(type);
      boolean slow = tags.stream().anyMatch(SLOW_TIERS::contains);
      if (drivesABrowser(type)) {
        if (!tags.contains(BROWSER)) {
          problems.add(type.getName() + " drives a browser: tag it browser");
        }
      } else if (AnnotationSupport.isAnnotated(type, SpringBootTest.class)) {
        if (!tags.contains(DATABASE)) {
          problems.add(type.getName() + " starts the application: tag it database");
        }
      } else if (runsTheApplication(type) && !COMMANDS_WITHOUT_DATABASE.contains(type.getName())) {
        if (!tags.contains(DATABASE)) {
          problems.add(type.getName() + " runs the application's commands: tag it database");
        }
      } else if (startsSpring(type)) {
        if (!slow) {
          problems.add(type.getName() + " starts Spring: tag it spring");
        }
      } else if (type.getSimpleName().endsWith("IT") && !slow) {
        problems.add(type.getName() + " is named *IT: tag it with one of " + SLOW_TIERS);
      }
    }
    return problems;
  }

  private static boolean startsSpring(Class<?> type) {
    return AnnotationSupport.isAnnotated(type, BootstrapWith.class)
        || AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
            .flatMap(e -> Arrays.stream(e.value()))
            .anyMatch(SpringExtension.class::equals);
  }

  /** Whether the class's own code names the application's entry point, to run its commands. */
  private static boolean runsTheApplication(Class<?> type) {
    String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (var in = type.getResourceAsStream(file)) {
      byte[] code = in.readAllBytes();
      for (int i = 0; i + NAMES_THE_APPLICATION.length <= code.length; i++) {
        if (Arrays.equals(
            code,
            i,
            i + NAMES_THE_APPLICATION.length,
            NAMES_THE_APPLICATION,
            0,
            NAMES_THE_APPLICATION.length)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8Entry(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[bytes.length + 3];
    entry[0] = 1; // CONSTANT_Utf8
    entry[1] = (byte) (bytes.length >> 8);
    entry[2] = (byte) bytes.length;
    System.arraycopy(bytes, 0, entry, 3, bytes.length);
    return entry;
  }

  private static boolean drivesABrowser(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (WebDriver.class.isAssignableFrom(field.getType())
            || field.getType().getName().equals("uk.assure.browser.Browser")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A class's tags, with those of the classes around it, as JUnit applies them. */
  private static Set<String> tags(Class<?> type) {
    Set<String> tags = new HashSet<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream()
          .map(Tag::value)
          .forEach(tags::add);
    }
    return tags;
  }

  /**
   * Every test class compiled from src/test/java (a class with a test method, or inside one),
   * except this check's own examples below.
   */
  private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(TestTiersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ClassLoader loader = TestTiersTest.class.getClassLoader();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.endsWith("package-info") || name.startsWith(TestTiersTest.class.getName() + "$")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, loader);
          if (isTestClass(type)) {
            classes.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    return classes.stream()
        .sorted(java.util.Comparator.comparing(Class::getName))
        .collect(Collectors.toList());
  }

  private static boolean isTestClass(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!AnnotationSupport.findAnnotatedMethods(
              c, Testable.class, HierarchyTraversalMode.TOP_DOWN)
          .isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // Examples for theCheckFindsUntaggedTests: never run (nested, no tests), only inspected.

  @SpringBootTest
  static class UntaggedApplication {}

  @Tag(DATABASE)
  @SpringBootTest
  static class TaggedApplication {}

  @Tag(DATABASE)
  @SpringBootTest
  static class BrowserTaggedAsDatabase {
    static WebDriver driver;
  }

  @Tag(BROWSER)
  @SpringBootTest
  static class TaggedBrowser {
    static WebDriver driver;
  }

  @WebMvcTest
  static class UntaggedSlice {}

  static class UntaggedIT {}

  static class PlainUnitTest {}

  static class RunsTheApplicationUntagged {
    static Object application = new uk.assure.Assure();
  }

  @Tag(DATABASE)
  static class RunsTheApplicationTagged {
    static Object application = new uk.assure.Assure();
  }
}
