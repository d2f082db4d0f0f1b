package uk.assure.assessment.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.journey.AssessmentJourney;
import uk.assure.security.TestUsers;
import uk.assure.testing.Councils;

/**
 * A council's home leads to its published assessments as well as its open one: that is where it
 * reads what was published and asks for the rating to be reviewed.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CouncilHomeTest {

  // Claimed, as their published records would disturb another class.
  private static final String NOTTINGHAM = Councils.claim(CouncilHomeTest.class, "E06000018");
  private static final String DERBYSHIRE_DALES = Councils.claim(CouncilHomeTest.class, "E06000019");

  @Autowired MockMvc mvc;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentJourney journey;

  @Test
  void listsTheCouncilsOwnPublishedAssessmentsOnly() throws Exception {
    Assessment own = published(NOTTINGHAM, LocalDate.of(2025, 6, 2));
    Assessment other = published(DERBYSHIRE_DALES, LocalDate.of(2025, 6, 3));

    mvc.perform(get("/council").with(user(TestUsers.ofCouncil(NOTTINGHAM))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/council/assessments/" + own.id())))
        .andExpect(content().string(containsString("Assessment published 2 June 2025")))
        .andExpect(content().string(not(containsString(other.id().toString()))));
  }

  private Assessment published(String gss, LocalDate on) {
    Assessment assessment =
        AssessmentFixture.scored(gss, on.minusMonths(5), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    assessments.publish(assessment.id(), on);
    return assessment;
  }
}
