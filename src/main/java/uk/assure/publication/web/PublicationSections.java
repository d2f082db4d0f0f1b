package uk.assure.publication.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.shared.web.AssessmentSection;

/** Publication and rating reviews on an assessment's overview. */
@Configuration(proxyBeanMethods = false)
class PublicationSections {

  @Bean
  AssessmentSection publicationSection() {
    return new AssessmentSection(105, "/publication", "publication.section", false);
  }

  @Bean
  AssessmentSection reviewRequestsSection() {
    return new AssessmentSection(110, "/review-requests", "review.section", true);
  }
}
