package uk.assure.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.assure.feedback.domain.KeywordModel;

/** Loads the keyword rules that suggest statements for feedback from their data file. */
@Configuration(proxyBeanMethods = false)
class KeywordRules {

  @Bean
  KeywordModel keywordModel() {
    try (InputStream in = new ClassPathResource("feedback/keyword-rules.yaml").getInputStream()) {
      Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<KeywordModel.Rule> rules = new ArrayList<>();
      for (Object entry : (List<?>) file.get("rules")) {
        Map<?, ?> rule = (Map<?, ?>) entry;
        rules.add(
            new KeywordModel.Rule(
                String.valueOf(rule.get("statement")),
                ((List<?>) rule.get("words")).stream().map(String::valueOf).toList()));
      }
      return new KeywordModel(String.valueOf(file.get("version")), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
