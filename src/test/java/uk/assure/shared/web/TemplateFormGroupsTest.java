package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages build their form groups from the GOV.UK fragments in {@code templates/fragments}, so every
 * field has its label, hint, error message and {@code aria-describedby} tied together in one place:
 * a {@code govuk-form-group} written by hand in a page is refused.
 */
class TemplateFormGroupsTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern FORM_GROUP =
      Pattern.compile("class=\"[^\"]*(?<![\\w-])govuk-form-group(?![\\w-])");

  @Test
  void pagesTakeTheirFormGroupsFromTheFragments() throws IOException {
    Set<String> handWritten = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
        if (!name.startsWith("fragments/") && !formGroups(Files.readString(file)).isEmpty()) {
          handWritten.add(name);
        }
      }
    }
    assertThat(handWritten)
        .as("pages writing a govuk-form-group by hand instead of using templates/fragments")
        .isEmpty();
  }

  @Test
  void theCheckFindsAHandWrittenFormGroup() {
    String page =
        "<div class=\"govuk-form-group govuk-form-group--error\"><label class=\"govuk-label\">"
            + "</label></div><div class=\"govuk-form-group-like\"></div>"
            + "<div th:replace=\"~{fragments/forms :: textInput('name', 'k', null, 'text', 'off')}\">"
            + "</div>";
    assertThat(formGroups(page)).hasSize(1);
    assertThat(formGroups("<div th:replace=\"~{fragments/forms :: radiosField(...)}\"></div>"))
        .isEmpty();
  }

  static List<String> formGroups(String html) {
    List<String> found = new ArrayList<>();
    var matcher = FORM_GROUP.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
