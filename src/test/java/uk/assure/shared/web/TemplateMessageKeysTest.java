package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message a template names outright ({@code #{key}} or {@code #{key(arguments)}}) is in
 * messages.properties, so no page shows a raw {@code ??key??} when a message is renamed or removed.
 * Keys a template builds from parts ({@code #{'prefix.' + ${code}}}) are not checked here.
 */
class TemplateMessageKeysTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\s*[}(]");

  @Test
  void everyKeyATemplateNamesHasItsWords() throws IOException {
    Properties messages = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        for (String key : keys(Files.readString(file))) {
          if (!messages.containsKey(key)) {
            missing.add(TEMPLATES.relativize(file) + ": " + key);
          }
        }
      }
    }
    assertThat(missing).as("message keys templates use that messages.properties lacks").isEmpty();
  }

  @Test
  void theCheckFindsNamedKeysOnly() {
    assertThat(
            keys(
                "<p th:text=\"#{a.b}\"></p><p th:text=\"#{c.d(${x})}\"></p>"
                    + "<p th:text=\"#{'e.' + ${y}}\"></p>"))
        .containsExactly("a.b", "c.d");
  }

  static List<String> keys(String html) {
    List<String> keys = new ArrayList<>();
    Matcher m = LITERAL_KEY.matcher(html);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
