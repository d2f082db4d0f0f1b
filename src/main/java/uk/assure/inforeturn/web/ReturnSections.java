package uk.assure.inforeturn.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.assure.shared.web.AssessmentSection;

/** The information return's place on an assessment's overview, for staff and the council. */
@Configuration(proxyBeanMethods = false)
class ReturnSections {

  @Bean
  AssessmentSection informationReturnSection() {
    return new AssessmentSection(10, "/information-return", "inforeturn.section", true);
  }
}
