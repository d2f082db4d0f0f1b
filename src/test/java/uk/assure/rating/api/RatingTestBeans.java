package uk.assure.rating.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import uk.assure.framework.FrameworkFile;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.domain.RatingPolicy;

/** The beans a rating endpoint needs, for web slice tests (which load no configuration). */
@TestConfiguration(proxyBeanMethods = false)
class RatingTestBeans {

  @Bean
  Framework framework() {
    return FrameworkFile.bundled(PublishedRatingRules.RULES);
  }

  @Bean
  RatingPolicy ratingPolicy(Framework framework) {
    return new RatingPolicy(framework.statementCodes());
  }

  @Bean
  RatingExplanation ratingExplanation(Framework framework) {
    return new RatingExplanation(framework);
  }
}
