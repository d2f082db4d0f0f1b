package uk.assure.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.domain.GssCode;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** The public feedback forms, and staff tagging what comes in. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackPagesTest {

  private static final String RUTLAND = Councils.claim(FeedbackPagesTest.class, "E06000017");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired AssessmentJourney journey;
  @Autowired PeoplesFeedback feedback;
  @Autowired FeedbackEvidence feedbackEvidence;
  @Autowired uk.assure.team.TeamFixture team;

  private Assessment assessment;
  private String address;

  @BeforeEach
  void rutlandsAssessmentIsTakingFeedback() {
    assessment =
        assessments
            .find(
                AssessmentFixture.startAfresh(
                    scoring,
                    journey,
                    new GssCode(RUTLAND),
                    ScoringMethod.STATEMENT_LEVEL,
                    LocalDate.now(),
                    "lead@example.org"))
            .orElseThrow();
    team.withTestAssessors(assessment.id());
    journey.move(assessment.id(), Stage.PLANNED, Stage.NOTIFIED, "", "lead@example.org");
    address = "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
  }

  @Test
  void someoneGivesFeedbackOnceEvenIfTheySendTheFormTwice() throws Exception {
    mvc.perform(get("/feedback"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rutland")));
    String key = UUID.randomUUID().toString();
    String text = "I waited 12 weeks for my assessment " + UUID.randomUUID();
    mvc.perform(give(key, text)).andExpect(redirectedUrl("/feedback/sent"));
    mvc.perform(give(key, text)).andExpect(redirectedUrl("/feedback/sent"));
    assertThat(feedback.forAssessment(assessment.id()))
        .extracting(FeedbackItem::body)
        .containsExactly(text);
  }

  @Test
  void missingAnswersAndTheWrongFormAreRefusedAndARobotsSubmissionIsDropped() throws Exception {
    mvc.perform(
            post("/feedback")
                .with(csrf())
                .with(from())
                .param("submissionKey", UUID.randomUUID().toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Select the council your feedback is about")))
        .andExpect(content().string(containsString("Enter your feedback")));
    mvc.perform(give(UUID.randomUUID().toString(), "From my job", "staff", "yes"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Select which best describes you")));
    mvc.perform(give(UUID.randomUUID().toString(), "no contact", "carer", "no"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter an email address")));
    mvc.perform(
            give(UUID.randomUUID().toString(), "buy pills").param("website", "http://spam.example"))
        .andExpect(redirectedUrl("/feedback/sent"));
    assertThat(feedback.forAssessment(assessment.id())).isEmpty();
  }

  @Test
  void theSixthPieceInAnHourFromOneConnectionIsAskedToWait() throws Exception {
    for (int i = 0; i < PeoplesFeedback.MAX_PER_HOUR; i++) {
      mvc.perform(give(UUID.randomUUID().toString(), "note " + i))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(give(UUID.randomUUID().toString(), "one more"))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().string(containsString("Please try again later")));
    assertThat(feedback.forAssessment(assessment.id())).hasSize(PeoplesFeedback.MAX_PER_HOUR);
  }

  @Test
  void staffSeeSuggestionsTagFeedbackAndOnlyTheAuthorsOwnWordsCanBeQuoted() throws Exception {
    mvc.perform(
            give(
                UUID.randomUUID().toString(),
                "After my hospital discharge nobody phoned. <b>Awful</b>"))
        .andExpect(status().is3xxRedirection());
    FeedbackItem item = feedback.forAssessment(assessment.id()).get(0);
    String page = "/staff/assessments/" + assessment.id() + "/feedback";
    mvc.perform(get(page).with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("QS6 (matched: hospital, discharge)")))
        .andExpect(content().string(containsString("&lt;b&gt;Awful&lt;/b&gt;")));

    mvc.perform(tag(page, item).param("extract", "words never written"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("must be words copied exactly")));
    mvc.perform(tag(page, item).param("extract", "nobody phoned"))
        .andExpect(status().is3xxRedirection());
    assertThat(feedbackEvidence.tally(assessment.id()))
        .containsExactly(
            new EvidenceTally("QS6", EvidenceCategory.PEOPLE_EXPERIENCE, "feedback", 1));
    mvc.perform(tag(page.replace(assessment.id().toString(), UUID.randomUUID().toString()), item))
        .andExpect(status().isNotFound());
  }

  private MockHttpServletRequestBuilder give(String key, String text) {
    return give(key, text, "carer", "yes");
  }

  private MockHttpServletRequestBuilder give(
      String key, String text, String role, String anonymous) {
    return post("/feedback")
        .with(csrf())
        .with(from())
        .param("council", RUTLAND)
        .param("role", role)
        .param("body", text)
        .param("quotable", "yes")
        .param("anonymous", anonymous)
        .param("submissionKey", key);
  }

  private MockHttpServletRequestBuilder tag(String page, FeedbackItem item) {
    return post(page + "/" + item.id() + "/tags")
        .with(user(TestUsers.withRole(Role.ASSESSOR)))
        .with(csrf())
        .param("statements", "QS6")
        .param("category", "PEOPLE_EXPERIENCE");
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor from() {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
