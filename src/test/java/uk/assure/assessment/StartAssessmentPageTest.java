package uk.assure.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** Starting an assessment from the staff area. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class StartAssessmentPageTest {

  private static final String BARNET = Councils.claim(StartAssessmentPageTest.class, "E09000003");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AssessmentRecords repository;
  @Autowired AssessmentJourney journey;

  @Test
  void anUnknownScoringMethodIsRefusedOnItsFieldAndNothingIsStarted() throws Exception {
    long before = assessments();
    for (String method : new String[] {"xx", "", "2024-13"}) {
      mvc.perform(start(method))
          .andExpect(status().isBadRequest())
          .andExpect(model().attributeHasFieldErrorCode("startForm", "method", "unknown"))
          .andExpect(content().string(containsString("Choose a scoring method")));
    }
    assertThat(assessments()).isEqualTo(before);
  }

  @Test
  void eachPublishedMethodStartsAnAssessment() throws Exception {
    long before = assessments();
    AssessmentFixture.noneOpen(repository, journey, new GssCode(BARNET));
    mvc.perform(start("2023-12")).andExpect(status().is3xxRedirection());
    AssessmentFixture.noneOpen(repository, journey, new GssCode(BARNET));
    mvc.perform(start("2024-12")).andExpect(status().is3xxRedirection());
    assertThat(assessments()).isEqualTo(before + 2);
  }

  private MockHttpServletRequestBuilder start(String method) {
    return post("/staff/assessments")
        .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR)))
        .with(csrf())
        .param("council", BARNET)
        .param("method", method)
        .param("day", "1")
        .param("month", "4")
        .param("year", "2026");
  }

  private long assessments() {
    return jdbc.sql("SELECT count(*) FROM assessments").query(Long.class).single();
  }
}
