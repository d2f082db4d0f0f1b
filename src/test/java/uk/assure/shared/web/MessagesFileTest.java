package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each message key is written once: a second line with the same key silently replaces the first, so
 * a label could show an error message meant for somewhere else.
 */
class MessagesFileTest {

  private static final Pattern KEY = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8);
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (String line : lines) {
      Matcher key = KEY.matcher(line);
      if (key.find() && !seen.add(key.group(1))) {
        repeated.add(key.group(1));
      }
    }
    assertThat(repeated).as("keys defined more than once").isEmpty();
  }
}
