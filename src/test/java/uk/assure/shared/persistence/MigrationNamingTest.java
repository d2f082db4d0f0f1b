package uk.assure.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations are append-only and named V<n>__<verb>_<object>, one version each. */
class MigrationNamingTest {

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)_[a-z0-9_]+\\.(sql|java)");
  private static final List<Path> LOCATIONS =
      List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/java/db/migration"));
  private static final Path APPLIED = Path.of("src/test/resources/migrations-applied.txt");

  @Test
  void migrationsAreNamedForWhatTheyDoWithDistinctVersions() throws IOException {
    List<String> names = migrationFileNames();

    assertThat(names)
        .isNotEmpty()
        .allMatch(n -> NAME.matcher(n).matches(), "V<n>__<verb>_<object>");
    List<Integer> versions = names.stream().map(MigrationNamingTest::version).sorted().toList();
    assertThat(versions).doesNotHaveDuplicates();
    assertThat(versions.get(0)).isEqualTo(1);
  }

  /**
   * Flyway refuses a migration below the highest version a live database has applied, so a new
   * migration must be numbered above every earlier one, and is then appended to the list of applied
   * versions; listed migrations are never removed.
   */
  @Test
  void aNewMigrationComesAboveEveryEarlierOneAndIsAppendedToTheList() throws IOException {
    List<Integer> applied = appliedVersions();
    List<Integer> present =
        migrationFileNames().stream().map(MigrationNamingTest::version).toList();

    assertThat(applied).as(APPLIED + " lists each version once").doesNotHaveDuplicates();
    assertThat(applied)
        .as("the history as it was applied, not sorted")
        .containsSubsequence(100, 101, 102, 80, 81, 82);
    assertThat(present).as("migrations are never removed").containsAll(applied);
    assertThat(outOfOrder(applied, present))
        .as("new migrations numbered below the highest in " + APPLIED)
        .isEmpty();
    assertThat(present)
        .as("every migration's version is appended to " + APPLIED)
        .allMatch(applied::contains);
  }

  @Test
  void theOrderCheckFindsANewMigrationBelowAnEarlierOne() {
    assertThat(outOfOrder(List.of(1, 100, 80), List.of(1, 80, 100, 90, 120)))
        .containsExactly("V90 is not above V100");
    assertThat(outOfOrder(List.of(1, 100, 80), List.of(1, 80, 100, 120))).isEmpty();
  }

  /** The migrations not yet applied anywhere that Flyway would refuse after the applied ones. */
  static List<String> outOfOrder(List<Integer> applied, List<Integer> present) {
    int highest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
    return present.stream()
        .filter(v -> !applied.contains(v) && v <= highest)
        .sorted()
        .map(v -> "V" + v + " is not above V" + highest)
        .toList();
  }

  private static List<Integer> appliedVersions() throws IOException {
    return Files.readAllLines(APPLIED).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(Integer::valueOf)
        .toList();
  }

  private static List<String> migrationFileNames() throws IOException {
    List<String> names = new java.util.ArrayList<>();
    for (Path location : LOCATIONS) {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location)) {
          files.map(f -> f.getFileName().toString()).forEach(names::add);
        }
      }
    }
    return names;
  }

  private static int version(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(name);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
