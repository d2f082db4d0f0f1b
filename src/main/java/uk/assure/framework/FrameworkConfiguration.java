package uk.assure.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.RatingPolicy;

/**
 * The framework in force: the file named by {@code assure.framework.file} (ASSURE_FRAMEWORK_FILE)
 * when set, so a revised framework needs no code change, else the one shipped with Assure.
 */
@Configuration(proxyBeanMethods = false)
class FrameworkConfiguration {

  @Bean
  Framework framework(@Value("${assure.framework.file:}") String file) {
    if (file.isBlank()) {
      return FrameworkFile.bundled();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return FrameworkFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the framework file " + file, e);
    }
  }

  @Bean
  RatingPolicy ratingPolicy(Framework framework) {
    return new RatingPolicy(framework.statementCodes());
  }
}
