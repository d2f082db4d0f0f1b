package uk.assure.factcheck.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.shared.web.AssessmentSection;

/** The factual accuracy check's place on an assessment's overview, for staff and the council. */
@Configuration(proxyBeanMethods = false)
class FactCheckSections {

  @Bean
  AssessmentSection factualAccuracySection() {
    return new AssessmentSection(95, "/factual-accuracy", "factcheck.section", true);
  }
}
