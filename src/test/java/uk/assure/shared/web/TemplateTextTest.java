package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from messages.properties: text written into a template is only
 * allowed as a placeholder inside an element whose content Thymeleaf replaces.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern TOKEN =
      Pattern.compile(
          "<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][\\w:-]*)([^>]*?)(/?)>|([^<]+)",
          Pattern.DOTALL);
  private static final Set<String> VOID =
      Set.of("input", "br", "img", "meta", "link", "hr", "source", "col", "wbr", "area");
  private static final Pattern REPLACES_CONTENT =
      Pattern.compile("\\bth:(text|utext|replace|insert)=");

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> literal = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        literal.addAll(literalText(TEMPLATES.relativize(file).toString(), Files.readString(file)));
      }
    }
    assertThat(literal).as("text written into templates instead of messages.properties").isEmpty();
  }

  @Test
  void theCheckFindsLiteralText() {
    assertThat(literalText("t", "<p class=\"x\">Hello</p><p th:text=\"#{a}\">Placeholder</p>"))
        .containsExactly("t: Hello");
  }

  static List<String> literalText(String name, String html) {
    List<String> found = new ArrayList<>();
    Deque<Boolean> replaced = new ArrayDeque<>();
    Matcher token = TOKEN.matcher(html);
    while (token.find()) {
      String text = token.group(5);
      String tag = token.group(2);
      if (text != null) {
        if (!text.isBlank() && !replaced.contains(Boolean.TRUE)) {
          found.add(name + ": " + text.strip());
        }
      } else if (tag != null) {
        boolean closing = !token.group(1).isEmpty();
        boolean selfClosing = !token.group(4).isEmpty() || VOID.contains(tag.toLowerCase());
        if (closing) {
          if (!replaced.isEmpty()) {
            replaced.pop();
          }
        } else if (!selfClosing) {
          replaced.push(REPLACES_CONTENT.matcher(token.group(3)).find());
        }
      }
    }
    return found;
  }
}
