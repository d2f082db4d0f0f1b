package uk.assure.rating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.RatingRules;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.domain.RatingPolicy;

/**
 * The rating rules for the framework in force: the bands and methods its file must agree with, the
 * policy over its statements, and the plain-English explanation of ratings for every page and
 * endpoint that shows one.
 */
@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

  @Bean
  RatingRules ratingRules() {
    return PublishedRatingRules.RULES;
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
