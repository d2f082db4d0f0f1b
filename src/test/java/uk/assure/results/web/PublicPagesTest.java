package uk.assure.results.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTest {

  @Autowired MockMvc mvc;

  @Test
  void theNationalPictureCountsRatingsAndListsEveryStatement() throws Exception {
    mvc.perform(get("/national"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Councils by rating")))
        .andExpect(content().string(containsString("QS1 Assessing needs")))
        .andExpect(content().string(containsString("QS9 Learning, improvement and innovation")))
        .andExpect(content().string(containsString("<svg")));
  }

  @Test
  void aCouncilPageShowsTheRatingTheScoresByThemeAndTheWorkings() throws Exception {
    mvc.perform(get("/councils/E09000007"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Camden</h1>")))
        // Camden's illustrative rating, the same on every machine: Good, at 75%
        .andExpect(
            content()
                .string(
                    containsString(
                        "<strong class=\"govuk-tag govuk-tag--turquoise\">Good</strong>")))
        .andExpect(
            content().string(containsString("<span class=\"govuk-!-font-weight-bold\">75%</span>")))
        .andExpect(content().string(containsString("(Good, in the middle of the band)")))
        .andExpect(content().string(containsString("Theme 1: Working with people")))
        .andExpect(content().string(containsString("QS7 Safeguarding")))
        .andExpect(
            content().string(containsString("Evidence category scores: People&#39;s experience")))
        .andExpect(content().string(containsString("How this rating was worked out")))
        .andExpect(content().string(containsString("divided by 36 is")))
        .andExpect(content().string(containsString("What would change this rating")));
  }

  @Test
  void theStartAndAboutPagesCreditTheCouncilData() throws Exception {
    mvc.perform(get("/")).andExpect(status().isOk());
    mvc.perform(get("/about"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("mySociety, UK Local Authority Names and Codes")))
        .andExpect(content().string(containsString("id=\"demonstration-data\"")));
  }
}
