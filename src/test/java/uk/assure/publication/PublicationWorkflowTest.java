package uk.assure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.council.domain.GssCode;
import uk.assure.document.SampleFiles;
import uk.assure.factcheck.SnapshotJson;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.journey.domain.Stage;
import uk.assure.report.NarrativeRecords;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;
import uk.assure.workbench.JudgementRecords;

/**
 * The whole way from a draft report to a published and amended one, through the pages people use:
 * the draft is sent, the council comments and submits once, assessors decide, the report is
 * published as version 1 and amended as version 2, each version readable and matching its hash.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@Import(PublicationTestSupport.Config.class)
class PublicationWorkflowTest {

  private static final String LEEDS = Councils.claim(PublicationWorkflowTest.class, "E08000035");
  private static final String GATESHEAD =
      Councils.claim(PublicationWorkflowTest.class, "E08000037");

  @Autowired PublicationFixture publicationFixture;
  @Autowired MockMvc mvc;

  @Autowired JudgementRecords judgementRecords;

  @Autowired JourneyRecords journeyRecords;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired CalibrationPanel panel;
  @Autowired AssessmentRecords assessments;
  @Autowired NarrativeRecords narratives;
  @Autowired JdbcClient jdbc;
  @Autowired uk.assure.team.TeamFixture team;
  @Autowired SnapshotJson json;
  @Autowired PublicationTestSupport.MovableClock clock;

  private final RequestPostProcessor lead = user(TestUsers.withRole(Role.LEAD_ASSESSOR));
  private final RequestPostProcessor assessor = user(TestUsers.withRole(Role.ASSESSOR));
  private final RequestPostProcessor leeds = user(TestUsers.ofCouncil(LEEDS));
  private final RequestPostProcessor gateshead = user(TestUsers.ofCouncil(GATESHEAD));

  @AfterEach
  void resetTheClock() {
    clock.reset();
  }

  /**
   * The saga, step by step: each step is a method named for what it guarantees and asserts it, and
   * hands on what the next step needs.
   */
  @Test
  void fromDraftToPublishedToAmendedEachVersionReadableAndMatchingItsHash() throws Exception {
    AssessmentId id = atDraftReport(LEEDS, 3, 3, 3, 3, 4, 4, 3, 3, 3);
    PublicationTestSupport.writeFindings(
        narratives, id, Map.of("QS1", "People wait 20 weeks for an assessment."));

    theDraftIsSentAsDraftOneStoredWithAMatchingHash(id);
    String base = "/council/assessments/" + id + "/factual-accuracy";
    theCouncilReadsTheDraftOnlineAndAsAPdf(base);
    aCommentSentTwiceIsStoredOnceWithItsEvidenceAndShownEscaped(id, base);
    aCommentOnAnOlderDraftIsRefused(id, base);
    theCouncilSubmitsOnceAndThenCanNeitherSubmitNorCommentAgain(id, base);
    String staffBase = "/staff/assessments/" + id + "/factual-accuracy";
    UUID comment = publishingWaitsUntilEveryCommentIsDecided(id, staffBase);
    anAssessorDecidesTheCommentOnceAndTheChangesSinceTheDraftAreShown(id, staffBase, comment);
    String firstHash = theReportIsPublishedAsVersionOneMatchingItsHash(id);
    afterPublishingTheCouncilSeesTheChangesAndUnknownCommentsAreNotFound(base, staffBase);
    thePublicReadsVersionOneOnlineAndAsTheStoredPdf(id, firstHash);
    String secondHash = onlyALeadAssessorAmendsItAsVersionTwoWithANote(id, firstHash);
    thePublicReadsVersionTwoAndVersionOneStaysAsPublished(id, firstHash, secondHash);
    eachStepIsAuditedOnce(id);
  }

  private void theDraftIsSentAsDraftOneStoredWithAMatchingHash(AssessmentId id) throws Exception {
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    assertThat(count("report_drafts", id)).isEqualTo(1);
    assertStoredHashMatches("report_drafts", id, "number = 1");
  }

  private void theCouncilReadsTheDraftOnlineAndAsAPdf(String base) throws Exception {
    mvc.perform(get(base).with(leeds))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Comments due by")))
        .andExpect(content().string(containsString("Open for comments")));
    mvc.perform(get(base + "/draft").with(leeds))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("People wait 20 weeks")));
    mvc.perform(get(base + "/draft.pdf").with(leeds))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
  }

  private void aCommentSentTwiceIsStoredOnceWithItsEvidenceAndShownEscaped(
      AssessmentId id, String base) throws Exception {
    String key = UUID.randomUUID().toString();
    for (int sent = 1; sent <= 2; sent++) {
      // The same form sent twice (a double click) is stored once.
      mvc.perform(
              multipart(base + "/comments")
                  .file(
                      new MockMultipartFile(
                          "evidence",
                          "waits.txt",
                          "text/plain",
                          SampleFiles.text("Waiting list at the time of assessment: 12 weeks.")))
                  .with(leeds)
                  .with(csrf())
                  .param("key", key)
                  .param("draft", "1")
                  .param("section", "QS1")
                  .param("whatIsWrong", "The wait is given as 20 weeks <script>alert(1)</script>")
                  .param("correction", "People wait 12 weeks"))
          .andExpect(redirectedUrl(base));
    }
    assertThat(count("factual_accuracy_comments", id)).isEqualTo(1);
    assertThat(count("documents", id)).isEqualTo(1);
    mvc.perform(get(base).with(leeds))
        .andExpect(content().string(containsString("&lt;script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))))
        .andExpect(content().string(containsString("waits.txt")));
  }

  private void aCommentOnAnOlderDraftIsRefused(AssessmentId id, String base) throws Exception {
    comment(base, "QS2", "Written against an older draft", "0").andExpect(status().isConflict());
    assertThat(count("factual_accuracy_comments", id)).isEqualTo(1);
  }

  private void theCouncilSubmitsOnceAndThenCanNeitherSubmitNorCommentAgain(
      AssessmentId id, String base) throws Exception {
    mvc.perform(post(base + "/submission").with(leeds).with(csrf()).param("draft", "1"))
        .andExpect(redirectedUrl(base));
    mvc.perform(post(base + "/submission").with(leeds).with(csrf()).param("draft", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("have been submitted")));
    assertThat(count("factual_accuracy_submissions", id)).isEqualTo(1);
    mvc.perform(
            multipart(base + "/comments")
                .with(leeds)
                .with(csrf())
                .param("draft", "1")
                .param("section", "QS2")
                .param("whatIsWrong", "Late")
                .param("correction", "Too late"))
        .andExpect(status().isBadRequest());
    assertThat(count("factual_accuracy_comments", id)).isEqualTo(1);
  }

  /** Returns the one comment, still to decide. */
  private UUID publishingWaitsUntilEveryCommentIsDecided(AssessmentId id, String staffBase)
      throws Exception {
    UUID comment =
        jdbc.sql("SELECT id FROM factual_accuracy_comments WHERE assessment_id = ?")
            .param(id.value())
            .query(UUID.class)
            .single();
    mvc.perform(get(staffBase).with(assessor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Comments still to decide: 1")));
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Decide on every comment")));
    assertThat(count("published_reports", id)).isZero();
    assertThat(assessments.find(id).orElseThrow().published()).isFalse();
    return comment;
  }

  private void anAssessorDecidesTheCommentOnceAndTheChangesSinceTheDraftAreShown(
      AssessmentId id, String staffBase, UUID comment) throws Exception {
    mvc.perform(
            post(staffBase + "/comments/" + comment)
                .with(assessor)
                .with(csrf())
                .param("version", "0")
                .param("verdict", "accepted")
                .param("reason", "The council's waiting list shows 12 weeks"))
        .andExpect(redirectedUrl(staffBase));
    mvc.perform(
            post(staffBase + "/comments/" + comment)
                .with(assessor)
                .with(csrf())
                .param("version", "0")
                .param("verdict", "rejected")
                .param("reason", "Stale second thoughts"))
        .andExpect(status().isConflict());
    PublicationTestSupport.writeFindings(
        narratives, id, Map.of("QS1", "People wait 12 weeks for an assessment."));

    mvc.perform(get("/staff/assessments/" + id + "/publication").with(assessor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Changes since draft 1")))
        .andExpect(content().string(containsString("12")))
        .andExpect(content().string(containsString("The council&#39;s waiting list")));
  }

  /** Returns the stored hash of version 1. */
  private String theReportIsPublishedAsVersionOneMatchingItsHash(AssessmentId id) throws Exception {
    move(id, "factual_accuracy", "published").andExpect(status().is3xxRedirection());
    assertThat(assessments.find(id).orElseThrow().published()).isTrue();
    assertThat(count("published_reports", id)).isEqualTo(1);
    return assertStoredHashMatches("published_reports", id, "version = 1");
  }

  private void afterPublishingTheCouncilSeesTheChangesAndUnknownCommentsAreNotFound(
      String base, String staffBase) throws Exception {
    mvc.perform(get(base).with(leeds))
        .andExpect(
            content().string(containsString("Changes since draft 1 in the published report")))
        .andExpect(content().string(containsString("Start of removed text:")));
    mvc.perform(get(staffBase + "/comments/" + UUID.randomUUID()).with(assessor))
        .andExpect(status().isNotFound());
    mvc.perform(get(staffBase + "/comments/not-an-id").with(assessor))
        .andExpect(status().isNotFound());
  }

  private void thePublicReadsVersionOneOnlineAndAsTheStoredPdf(AssessmentId id, String firstHash)
      throws Exception {
    mvc.perform(get("/councils/" + LEEDS + "/report"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(firstHash)))
        .andExpect(content().string(containsString("People wait 12 weeks")))
        .andExpect(content().string(containsString("first published version")));
    byte[] pdf =
        mvc.perform(get("/councils/" + LEEDS + "/report.pdf"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(pdf).isEqualTo(storedPdf(id, 1));
    mvc.perform(get("/councils/" + LEEDS))
        .andExpect(content().string(containsString("/councils/" + LEEDS + "/report")))
        .andExpect(content().string(containsString("Read the report (version 1")));
  }

  /** Returns the stored hash of version 2. */
  private String onlyALeadAssessorAmendsItAsVersionTwoWithANote(AssessmentId id, String firstHash)
      throws Exception {
    String publicationPage = "/staff/assessments/" + id + "/publication";
    amend(publicationPage, lead, 1, "The report has not changed")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("nothing to amend")));
    // After publishing, only a lead assessor changes the narrative, for an amended version.
    int narrative = narratives.latest(id).orElseThrow().version();
    clock.moveOn(Duration.ofMinutes(5));
    mvc.perform(amendedFindings(id, narrative).with(assessor))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Only a lead assessor can change it")));
    mvc.perform(amendedFindings(id, narrative).with(lead))
        .andExpect(redirectedUrl("/staff/assessments/" + id + "/report"));
    // The public themes count the narrative as published, not the amendment being written.
    assertThat(narratives.tagCounts(List.of(id))).doesNotContainKey("transitions");
    amend(publicationPage, lead, 1, " ")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter what changed and why")));
    assertThat(count("published_reports", id)).isEqualTo(1);
    amend(publicationPage, assessor, 1, "Added the earlier wait").andExpect(status().isForbidden());
    amend(publicationPage, lead, 1, "Added the earlier wait")
        .andExpect(redirectedUrl(publicationPage));
    amend(publicationPage, lead, 1, "Sent twice").andExpect(status().isConflict());
    assertThat(count("published_reports", id)).isEqualTo(2);
    assertThat(narratives.tagCounts(List.of(id))).containsEntry("transitions", 1);
    String secondHash = assertStoredHashMatches("published_reports", id, "version = 2");
    assertThat(secondHash).isNotEqualTo(firstHash);
    assertThat(assertStoredHashMatches("published_reports", id, "version = 1"))
        .isEqualTo(firstHash);
    return secondHash;
  }

  private void thePublicReadsVersionTwoAndVersionOneStaysAsPublished(
      AssessmentId id, String firstHash, String secondHash) throws Exception {
    mvc.perform(get("/councils/" + LEEDS + "/report"))
        .andExpect(content().string(containsString(secondHash)))
        .andExpect(content().string(containsString("Added the earlier wait")))
        .andExpect(content().string(containsString("down from 20.")));
    mvc.perform(get("/councils/" + LEEDS + "/reports/1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(firstHash)))
        .andExpect(
            content()
                .string(
                    containsString("This is version 1 of the report. Version 2 is the latest.")))
        .andExpect(content().string(not(containsString("down from 20."))));
    assertThat(
            mvc.perform(get("/councils/" + LEEDS + "/reports/1.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(storedPdf(id, 1));
    mvc.perform(get("/councils/" + LEEDS + "/reports/3")).andExpect(status().isNotFound());
    mvc.perform(get("/councils/" + LEEDS + "/reports/x.pdf")).andExpect(status().isNotFound());
  }

  private void eachStepIsAuditedOnce(AssessmentId id) {
    assertThat(audited(id, "draft_sent")).isEqualTo(1);
    assertThat(audited(id, "accuracy_submitted")).isEqualTo(1);
    assertThat(audited(id, "report_published")).isEqualTo(1);
    assertThat(audited(id, "report_amended")).isEqualTo(1);
  }

  @Test
  void anotherCouncilsUsersFindNothingAndChangeNothing() throws Exception {
    AssessmentId id = atDraftReport(LEEDS, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    String base = "/council/assessments/" + id + "/factual-accuracy";

    mvc.perform(get(base).with(gateshead)).andExpect(status().isNotFound());
    mvc.perform(get(base + "/draft.pdf").with(gateshead)).andExpect(status().isNotFound());
    mvc.perform(
            multipart(base + "/comments")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1")
                .param("section", "QS1")
                .param("whatIsWrong", "Wrong")
                .param("correction", "Right"))
        .andExpect(status().isNotFound());
    mvc.perform(post(base + "/submission").with(gateshead).with(csrf()).param("draft", "1"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/council/assessments/" + id + "/review-requests").with(gateshead))
        .andExpect(status().isNotFound());

    assertThat(count("factual_accuracy_comments", id)).isZero();
    assertThat(count("factual_accuracy_submissions", id)).isZero();
  }

  @Test
  void commentsAndSubmissionsAfterTheDueDateAreRefusedAndChangeNothing() throws Exception {
    AssessmentId id = atDraftReport(LEEDS, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    String base = "/council/assessments/" + id + "/factual-accuracy";
    comment(base, "QS2", "Saved in time").andExpect(redirectedUrl(base));
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The council can comment until")));

    clock.moveOn(Duration.ofDays(30));
    comment(base, "QS3", "Too late")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The due date for comments has passed")));
    mvc.perform(post(base + "/submission").with(leeds).with(csrf()).param("draft", "1"))
        .andExpect(status().isBadRequest());
    assertThat(count("factual_accuracy_comments", id)).isEqualTo(1);
    assertThat(count("factual_accuracy_submissions", id)).isZero();

    UUID comment =
        jdbc.sql("SELECT id FROM factual_accuracy_comments WHERE assessment_id = ?")
            .param(id.value())
            .query(UUID.class)
            .single();
    String staffBase = "/staff/assessments/" + id + "/factual-accuracy/comments/" + comment;
    mvc.perform(
            post(staffBase)
                .with(assessor)
                .with(csrf())
                .param("version", "0")
                .param("verdict", "maybe")
                .param("reason", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the reason for the decision")));
    mvc.perform(
            post(staffBase)
                .with(assessor)
                .with(csrf())
                .param("version", "0")
                .param("verdict", "rejected")
                .param("reason", "The draft is right"))
        .andExpect(status().is3xxRedirection());
    move(id, "factual_accuracy", "published").andExpect(status().is3xxRedirection());
    assertThat(count("published_reports", id)).isEqualTo(1);
  }

  @Test
  void aReportThatFailsToRenderStopsSendingAndPublishingAndChangesNothing() throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    PublicationTestSupport.FailingComposer composer = failing();
    long moves = count("assessment_stage_moves", id);
    long audits = auditedAll(id);

    composer.failFor(id);
    move(id, "draft_report", "factual_accuracy")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("could not be composed")));
    assertThat(count("report_drafts", id)).isZero();
    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);
    assertThat(auditedAll(id)).isEqualTo(audits);

    composer.renderAgain(id);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());

    composer.failFor(id);
    moves = count("assessment_stage_moves", id);
    audits = auditedAll(id);
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("nothing has been published")));
    assertThat(count("published_reports", id)).isZero();
    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);
    assertThat(auditedAll(id)).isEqualTo(audits);
    assertThat(assessments.find(id).orElseThrow().published()).isFalse();
    composer.renderAgain(id);
  }

  @Test
  void missingScoresStopPublishingAndChangeNothing() throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 3, 3, 3, null, 3, 3, 3, 3, 3);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());
    long moves = count("assessment_stage_moves", id);

    // The move and the publication page give the same reason, in the same words.
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Every quality statement must be scored")));
    mvc.perform(get("/staff/assessments/" + id + "/publication").with(assessor))
        .andExpect(content().string(containsString("Every quality statement must be scored")))
        .andExpect(content().string(containsString("Judge these statements")))
        .andExpect(content().string(containsString("evidence: QS4")));

    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);
    assertThat(count("published_reports", id)).isZero();
    assertThat(assessments.find(id).orElseThrow().published()).isFalse();
  }

  @Test
  void publishingNeedsTheSiteVisitDoneAndEveryStatementJudgedWithEvidenceAndSaysWhatIsMissing()
      throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());
    String publication = "/staff/assessments/" + id + "/publication";
    mvc.perform(get(publication).with(assessor))
        .andExpect(content().string(not(containsString("Judge these statements"))))
        .andExpect(content().string(not(containsString("The site visit must be done"))));

    // QS5's judgement now has no evidence cited, and the site visit's date is moved on a month.
    judgementRecords.add(
        id,
        new uk.assure.workbench.domain.StatementJudgement(
            "QS5",
            judgementRecords.history(id, "QS5").size() + 1,
            java.util.Optional.of(3),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            "On reflection, nothing to cite.",
            java.util.Optional.empty(),
            java.util.List.of(),
            PublicationTestSupport.LEAD,
            java.time.Instant.now()));
    journeyRecords.addDateChange(
        id,
        new uk.assure.journey.domain.DateChange(
            uk.assure.journey.domain.DateKind.SITE_VISIT,
            journey.today().plusMonths(1),
            PublicationTestSupport.LEAD,
            java.time.Instant.now(),
            java.util.Optional.empty()));
    long moves = count("assessment_stage_moves", id);

    mvc.perform(get(publication).with(assessor))
        .andExpect(content().string(containsString("The site visit must be done")))
        .andExpect(content().string(containsString("evidence: QS5")));
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The site visit must be done")));
    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);

    // With the visit done, the judgement without evidence still stops publication, and says so.
    journeyRecords.addDateChange(
        id,
        new uk.assure.journey.domain.DateChange(
            uk.assure.journey.domain.DateKind.SITE_VISIT,
            journey.today().minusDays(1),
            PublicationTestSupport.LEAD,
            java.time.Instant.now(),
            java.util.Optional.empty()));
    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("evidence: QS5")));
    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);
    assertThat(count("published_reports", id)).isZero();
    assertThat(assessments.find(id).orElseThrow().published()).isFalse();
  }

  @Test
  void aFactualAccuracyCheckClosedBeforeTheAssessmentWasReopenedNoLongerCounts() throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());
    String publication = "/staff/assessments/" + id + "/publication";
    mvc.perform(get(publication).with(assessor))
        .andExpect(content().string(not(containsString("must be sent for the factual accuracy"))));

    // Reopened to the draft report: the council has not seen the report as it will now be.
    assertThat(
            journey.move(
                id,
                Stage.FACTUAL_ACCURACY,
                Stage.DRAFT_REPORT,
                "Findings on QS3 rewritten",
                PublicationTestSupport.LEAD))
        .isInstanceOf(AssessmentJourney.MoveOutcome.Moved.class);
    mvc.perform(get(publication).with(assessor))
        .andExpect(content().string(containsString("must be sent for the factual accuracy")));
  }

  @Test
  void publishingWithoutThePanelsDecisionIsRefusedAndChangesNothing() throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    // Reopening to scoring sets the panel's decision aside; the assessment then goes on without
    // one.
    assertThat(
            journey.move(
                id,
                Stage.DRAFT_REPORT,
                Stage.SCORING,
                "More evidence on QS2",
                PublicationTestSupport.LEAD))
        .isInstanceOf(AssessmentJourney.MoveOutcome.Moved.class);
    assertThat(panel.decision(id)).isEmpty();
    move(id, "scoring", "calibration").andExpect(status().is3xxRedirection());
    move(id, "calibration", "draft_report").andExpect(status().is3xxRedirection());
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());
    long moves = count("assessment_stage_moves", id);

    move(id, "factual_accuracy", "published")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("calibration panel must record its decision")));

    assertThat(count("assessment_stage_moves", id)).isEqualTo(moves);
    assertThat(count("published_reports", id)).isZero();
    assertThat(assessments.find(id).orElseThrow().published()).isFalse();
  }

  @Test
  void publicPagesSayPlainlyWhenThereIsNoReport() throws Exception {
    // No test publishes an assessment of Coventry: it has only its illustrative rating.
    mvc.perform(get("/councils/E08000026/report"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("illustrative demonstration data")));
    mvc.perform(get("/councils/E08000026/report.pdf")).andExpect(status().isNotFound());
    mvc.perform(get("/councils/E99999999/report")).andExpect(status().isNotFound());
    mvc.perform(get("/councils/E08000026"))
        .andExpect(content().string(containsString("illustrative demonstration data")));
  }

  @Test
  void aCouncilAsksForAReviewAndStaffTakeItToAnOutcome() throws Exception {
    AssessmentId id = atDraftReport(GATESHEAD, 4, 4, 3, 3, 3, 3, 3, 3, 3);
    String councilPage = "/council/assessments/" + id + "/review-requests";
    mvc.perform(post(councilPage).with(gateshead).with(csrf()).param("grounds", "Not yet"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("cannot be reviewed yet")));
    move(id, "draft_report", "factual_accuracy").andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/council/assessments/" + id + "/factual-accuracy/submission")
                .with(gateshead)
                .with(csrf())
                .param("draft", "1"))
        .andExpect(status().is3xxRedirection());
    move(id, "factual_accuracy", "published").andExpect(status().is3xxRedirection());

    mvc.perform(post(councilPage).with(gateshead).with(csrf()).param("grounds", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter the grounds")));
    mvc.perform(post(councilPage).with(gateshead).with(csrf()).param("grounds", "Wrong\u0000data"))
        .andExpect(status().isBadRequest());
    assertThat(count("rating_review_requests", id)).isZero();
    String key = UUID.randomUUID().toString();
    for (int sent = 1; sent <= 2; sent++) {
      // The same form sent twice (a double click) is recorded once.
      mvc.perform(
              post(councilPage)
                  .with(gateshead)
                  .with(csrf())
                  .param("key", key)
                  .param("grounds", "QS1 ignored our carers' strategy"))
          .andExpect(redirectedUrl(councilPage));
    }
    assertThat(count("rating_review_requests", id)).isEqualTo(1);
    UUID review =
        jdbc.sql(
                "SELECT id FROM rating_review_requests WHERE assessment_id = ? AND grounds LIKE 'QS1%'")
            .param(id.value())
            .query(UUID.class)
            .single();
    mvc.perform(get("/staff/review-requests").with(assessor))
        .andExpect(content().string(containsString("/staff/review-requests/" + review)))
        .andExpect(content().string(containsString(">Gateshead</a>")));

    String staffPage = "/staff/review-requests/" + review;
    step(staffPage, lead, 0, "upheld", "Skipping review").andExpect(status().isBadRequest());
    step(staffPage, assessor, 0, "under_review", "Assessors only")
        .andExpect(status().isForbidden());
    step(staffPage, lead, 0, "under_review", "Reading the strategy")
        .andExpect(redirectedUrl(staffPage));
    step(staffPage, lead, 0, "not_upheld", "Stale").andExpect(status().isConflict());
    step(staffPage, lead, 1, "not_upheld", "The strategy postdates the visit")
        .andExpect(redirectedUrl(staffPage));

    String onBehalf = "/staff/assessments/" + id + "/review-requests";
    mvc.perform(post(onBehalf).with(assessor).with(csrf()).param("grounds", "By phone"))
        .andExpect(status().isForbidden());
    mvc.perform(post(onBehalf).with(lead).with(csrf()).param("grounds", "x".repeat(5001)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("5,000 characters or fewer")));
    mvc.perform(
            post(onBehalf)
                .with(lead)
                .with(csrf())
                .param("grounds", "Asked by telephone: the QS4 score"))
        .andExpect(redirectedUrl(onBehalf));
    mvc.perform(get("/staff/review-requests/" + UUID.randomUUID()).with(assessor))
        .andExpect(status().isNotFound());

    mvc.perform(get(councilPage).with(gateshead))
        .andExpect(content().string(containsString("Not upheld")))
        .andExpect(content().string(containsString("The strategy postdates the visit")))
        .andExpect(content().string(containsString("Asked by telephone: the QS4 score")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM rating_review_steps WHERE review_id = ?")
                .param(review)
                .query(Long.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_events WHERE subject_id = ? AND action LIKE 'review_%'")
                .param(review.toString())
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  /** A member of staff publishes the report as it now reads as an amendment, with a note. */
  private ResultActions amend(String page, RequestPostProcessor who, int seenVersion, String note)
      throws Exception {
    return mvc.perform(
        post(page + "/amendments")
            .with(who)
            .with(csrf())
            .param("seenVersion", String.valueOf(seenVersion))
            .param("note", note));
  }

  /** A member of staff moves a review request on to a status, with a reason. */
  private ResultActions step(
      String page, RequestPostProcessor who, int version, String status, String reason)
      throws Exception {
    return mvc.perform(
        post(page)
            .with(who)
            .with(csrf())
            .param("version", String.valueOf(version))
            .param("status", status)
            .param("reason", reason));
  }

  private ResultActions comment(String base, String section, String text) throws Exception {
    return comment(base, section, text, "1");
  }

  private ResultActions comment(String base, String section, String text, String draft)
      throws Exception {
    return mvc.perform(
        multipart(base + "/comments")
            .with(leeds)
            .with(csrf())
            .param("draft", draft)
            .param("section", section)
            .param("whatIsWrong", text)
            .param("correction", "Correction"));
  }

  private AssessmentId atDraftReport(String gss, Integer... scores) {
    AssessmentId id = publicationFixture.atDraftReport(new GssCode(gss), scores);
    team.withTestAssessors(id);
    return id;
  }

  private MockHttpServletRequestBuilder amendedFindings(AssessmentId id, int narrativeVersion) {
    MockHttpServletRequestBuilder form =
        post("/staff/assessments/" + id + "/report")
            .with(csrf())
            .param("version", String.valueOf(narrativeVersion))
            .param(
                "statements[0].keyFindings",
                "People wait 12 weeks for an assessment, down from 20.")
            .param("statements[0].tags", "transitions");
    for (int i = 0; i < 9; i++) {
      form.param("statements[" + i + "].code", "QS" + (i + 1));
    }
    return form;
  }

  private ResultActions move(AssessmentId id, String seen, String to) throws Exception {
    return mvc.perform(
        post("/staff/assessments/" + id + "/stage")
            .with(lead)
            .with(csrf())
            .param("seen", seen)
            .param("to", to));
  }

  private long count(String table, AssessmentId id) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE assessment_id = ?")
        .param(id.value())
        .query(Long.class)
        .single();
  }

  private long audited(AssessmentId id, String action) {
    return jdbc.sql("SELECT count(*) FROM audit_events WHERE subject_id = ? AND action = ?")
        .params(id.toString(), action)
        .query(Long.class)
        .single();
  }

  private long auditedAll(AssessmentId id) {
    return jdbc.sql("SELECT count(*) FROM audit_events WHERE subject_id = ?")
        .param(id.toString())
        .query(Long.class)
        .single();
  }

  private byte[] storedPdf(AssessmentId id, int version) {
    return jdbc.sql("SELECT pdf FROM published_reports WHERE assessment_id = ? AND version = ?")
        .params(id.value(), version)
        .query(byte[].class)
        .single();
  }

  /** Recomputes the hash of a stored draft or version from its columns; returns the hash. */
  private String assertStoredHashMatches(String table, AssessmentId id, String which) {
    var row =
        jdbc.sql(
                "SELECT title, sections::text AS sections, html_body, pdf, content_hash FROM "
                    + table
                    + " WHERE assessment_id = ? AND "
                    + which)
            .param(id.value())
            .query()
            .singleRow();
    String stored = (String) row.get("content_hash");
    String recomputed =
        ReportSnapshot.hash(
            (String) row.get("title"),
            json.read((String) row.get("sections")),
            (String) row.get("html_body"),
            (byte[]) row.get("pdf"));
    assertThat(recomputed).isEqualTo(stored);
    return stored;
  }

  private PublicationTestSupport.FailingComposer failing() {
    return composer;
  }

  @Autowired PublicationTestSupport.FailingComposer composer;
}
