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
