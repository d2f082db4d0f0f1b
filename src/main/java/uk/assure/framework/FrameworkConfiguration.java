package uk.assure.framework;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.RatingRules;

/**
 * The framework in force: the file named by {@code assure.framework.file} (ASSURE_FRAMEWORK_FILE)
 * when set, so a revised framework needs no code change, else the one shipped with Assure. A file
 * with problems stops Assure starting, with every problem listed. Its rating bands and scoring
 * methods are checked by the {@link RatingRules} the {@code rating} feature provides.
 */
@Configuration(proxyBeanMethods = false)
class FrameworkConfiguration {

  private static final Logger log = LoggerFactory.getLogger(FrameworkConfiguration.class);

  @Bean
  Framework framework(@Value("${assure.framework.file:}") String file, RatingRules rules) {
    if (file.isBlank()) {
      return FrameworkFile.bundled(rules);
    }
    FrameworkCheck check = FrameworkFile.check(Path.of(file), rules);
    if (check instanceof FrameworkCheck.Invalid invalid) {
      log.error(
          "Assure cannot start with the framework file {} set by assure.framework.file"
              + " (ASSURE_FRAMEWORK_FILE). Correct these {} problem(s), checking the file with"
              + " 'java -jar assure.jar framework check {}', or unset the setting to use the"
              + " framework shipped with Assure:{}",
          file,
          invalid.problems().size(),
          file,
          invalid.problems().stream()
              .map(problem -> System.lineSeparator() + "  - " + problem)
              .reduce("", String::concat));
    }
    Framework framework = check.framework();
    log.info("Using framework {} from {}", framework.version(), file);
    return framework;
  }
}
