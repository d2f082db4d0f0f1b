package uk.assure.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.assure.feedback.domain.KeywordModel;
import uk.assure.framework.domain.StatementCode;
import uk.assure.shared.yaml.LocatedYaml;
import uk.assure.shared.yaml.YamlFields;

/** Loads the keyword rules that suggest statements for feedback from their data file. */
@Configuration(proxyBeanMethods = false)
class KeywordRules {

  static final String FILE = "feedback/keyword-rules.yaml";
  private static final List<String> TOP_FIELDS = List.of("version", "rules");
  private static final List<String> RULE_FIELDS = List.of("statement", "words");

  @Bean
  KeywordModel keywordModel() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads keyword rules, refusing them with every problem and its line when a rule has no statement
   * code or no words.
   */
  static KeywordModel read(Reader text, String source) {
    LocatedYaml yaml = new LocatedYaml();
    MappingNode root = yaml.root(text, TOP_FIELDS);
    YamlFields top = root == null ? null : yaml.top(root, TOP_FIELDS);
    String version = top == null ? null : top.text("version");
    SequenceNode list = top == null ? null : top.list("rules");
    List<KeywordModel.Rule> rules = new ArrayList<>();
    int index = 0;
    for (Node item : list == null ? List.<Node>of() : list.getValue()) {
      index++;
      YamlFields rule =
          yaml.fields(item, "rule " + index + LocatedYaml.label(item, "statement"), RULE_FIELDS);
      if (rule == null) {
        continue;
      }
      String statement = rule.text("statement");
      List<String> words = rule.texts("words", true);
      if (statement != null && !StatementCode.isValid(statement)) {
        rule.problem(
            "statement", "'statement' must be a statement code, like QS1, not '" + statement + "'");
        statement = null;
      }
      if (statement != null && words != null) {
        rules.add(new KeywordModel.Rule(statement, words));
      }
    }
    if (yaml.hasProblems()) {
      throw new IllegalStateException(
          "The keyword rules "
              + source
              + " cannot be used:"
              + yaml.problems().stream()
                  .map(problem -> System.lineSeparator() + "  - " + problem)
                  .reduce("", String::concat));
    }
    return new KeywordModel(version, rules);
  }
}
