package uk.assure.rating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.framework.domain.Framework;

/** The plain-English explanation of ratings, for every page and endpoint that shows one. */
@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

  @Bean
  RatingExplanation ratingExplanation(Framework framework) {
    return new RatingExplanation(framework);
  }
}
