package uk.assure.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.casetracking.CaseTracking;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.inforeturn.AnswerRequest;
import uk.assure.inforeturn.InformationReturn;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.AssessmentWithdrawn;
import uk.assure.journey.domain.Stage;
import uk.assure.publication.PublicationFixture;
import uk.assure.publication.PublicationTestSupport;
import uk.assure.publication.RatingReviews;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.UserAccounts;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;
import uk.assure.testing.Councils;

/**
 * The letters each step of an assessment writes, queued in the outbox to every contact of the
 * council (and the messages to staff when the council sends something), in the step's own
 * transaction. Shares its application with the publication workflow tests.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@Import(PublicationTestSupport.Config.class)
class LettersWorkflowTest {

  private static final GssCode MIDDLESBROUGH =
      new GssCode(Councils.claim(LettersWorkflowTest.class, "E06000002"));
  private static final String LEAD = PublicationTestSupport.LEAD;

  @Autowired PublicationFixture publicationFixture;
  @Autowired CouncilContacts contacts;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired FactualAccuracy factualAccuracy;
  @Autowired RatingReviews reviews;
  @Autowired CaseTracking cases;
  @Autowired InformationReturn informationReturn;
  @Autowired UserAccounts accounts;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  /** Each test starts Middlesbrough's assessment afresh, before its contacts are made. */
  @BeforeEach
  void middlesbroughHasNoOpenAssessment() {
    AssessmentFixture.noneOpen(assessments, journey, MIDDLESBROUGH);
  }

  @Test
  void eachStepFromNoticeToTheReviewOutcomeWritesToEveryContactAndTellsTheLeads() {
    String dass = contact("dass");
    String psw = contact("principal_social_worker");
    String lead = leadAssessor();

    AssessmentId id = publicationFixture.atDraftReport(MIDDLESBROUGH, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    Assessment assessment = assessments.find(id).orElseThrow();
    String due =
        LetterTriggers.DATE.format(journey.state(assessment).informationReturnDue().orElseThrow());
    String visit = LetterTriggers.DATE.format(assessment.siteVisitOn().orElseThrow());
    assertThat(subjects(dass))
        .containsExactly(
            "Notice of assessment: Middlesbrough",
            "Information return issued: Middlesbrough",
            "Site visit plan: Middlesbrough");
    assertThat(body(dass, "Information return issued%"))
        .contains("Please answer every request by " + due)
        .contains("/council/assessments/" + id + "/information-return");
    assertThat(body(dass, "Notice of assessment%")).contains("planned for " + visit);
    assertThat(body(dass, "Site visit plan%")).contains("starts on " + visit);

    journey.move(id, Stage.DRAFT_REPORT, Stage.FACTUAL_ACCURACY, "", LEAD);
    String checkDue =
        LetterTriggers.DATE.format(factualAccuracy.check(id).orElseThrow().draft().dueOn());
    assertThat(body(psw, "Draft report for factual accuracy%"))
        .contains("comments, with evidence, by " + checkDue);

    UUID comment = UUID.randomUUID();
    factualAccuracy.comment(
        assessment,
        comment,
        1,
        "QS2",
        "The waiting list is shorter",
        "Say 12 weeks",
        Optional.empty(),
        "council@example.org");
    assertThat(subjects(lead)).doesNotContain(submitted());
    factualAccuracy.submit(assessment, 1, "council@example.org");
    assertThat(subjects(lead)).contains(submitted());
    assertThat(body(lead, submitted())).contains("has submitted 1 factual accuracy comments");

    factualAccuracy.decide(
        assessment, comment, 0, "accepted", "The council's figures are right", LEAD);
    assertThat(body(dass, "Decision on your factual accuracy comment%"))
        .contains("\"QS2\"")
        .contains(": Accepted.")
        .contains("Our reason: The council's figures are right");

    journey.move(id, Stage.FACTUAL_ACCURACY, Stage.PUBLISHED, "", LEAD);
    assertThat(body(psw, "Assessment report published%"))
        .contains("/councils/" + MIDDLESBROUGH.value() + "/report");

    RatingReviews.Outcome requested =
        reviews.request(
            assessments.find(id).orElseThrow(),
            UUID.randomUUID(),
            "QS1 overlooked our carers' strategy",
            "council@example.org");
    UUID review = ((RatingReviews.Outcome.Done) requested).review();
    assertThat(body(lead, "Review of rating requested by Middlesbrough"))
        .contains("/staff/review-requests/" + review);
    reviews.step(review, 0, "under_review", "Reading the strategy", LEAD);
    assertThat(subjects(dass)).doesNotContain("Outcome of your review request: Middlesbrough");
    reviews.step(review, 1, "upheld", "The report will say more about carers", LEAD);
    assertThat(body(dass, "Outcome of your review request%"))
        .contains("The outcome: Upheld.")
        .contains("Our reason: The report will say more about carers");

    assertThat(subjects(psw)).isEqualTo(subjects(dass)).hasSize(7);
    assertThat(subjects(dass)).doesNotContain(submitted());
  }

  @Test
  void aStepThatIsUndoneTakesItsLettersWithIt() {
    String dass = contact("dass");
    AssessmentId id =
        scoring.start(MIDDLESBROUGH, ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), LEAD);

    transaction.executeWithoutResult(
        status -> {
          journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", LEAD);
          assertThat(subjects(dass)).containsExactly("Notice of assessment: Middlesbrough");
          status.setRollbackOnly();
        });

    assertThat(subjects(dass)).isEmpty();
    assertThat(journey.state(assessments.find(id).orElseThrow()).stage()).isEqualTo(Stage.PLANNED);
  }

  @Test
  void aWithdrawalTellsTheCouncilWhy() {
    String contact = contact("assessment_contact");
    AssessmentId id =
        scoring.start(MIDDLESBROUGH, ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), LEAD);

    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new AssessmentWithdrawn(
                    id, MIDDLESBROUGH.value(), "The council is being reorganised", LEAD)));

    assertThat(body(contact, "Assessment withdrawn: Middlesbrough"))
        .contains("withdrawn before publication. The reason: The council is being reorganised");
  }

  @Test
  void theCaseSampleAndEachInformationReturnAnswerAreAnnounced() {
    String contact = contact("assessment_contact");
    String lead = leadAssessor();
    AssessmentId id =
        scoring.start(MIDDLESBROUGH, ScoringMethod.STATEMENT_LEVEL, LocalDate.now(), LEAD);
    journey.move(id, Stage.PLANNED, Stage.NOTIFIED, "", LEAD);
    journey.move(id, Stage.NOTIFIED, Stage.INFORMATION_RETURN, "", LEAD);
    Assessment assessment = assessments.find(id).orElseThrow();

    StringBuilder csv =
        new StringBuilder(
            "case_reference,age_band,primary_support_reason,setting,carer,"
                + "transition_from_childrens_services,safeguarding_enquiry,hospital_discharge\n");
    for (int i = 0; i < 30; i++) {
      csv.append("MB-").append(2000 + i).append(",75-84,physical,own_home,no,no,no,no\n");
    }
    CaseTracking.UploadOutcome taken =
        cases.upload(
            assessment,
            "cases.csv",
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            "council@example.org");
    var draw = ((CaseTracking.UploadOutcome.Taken) taken).sample().draw();
    assertThat(body(contact, "Cases sampled for review: Middlesbrough"))
        .contains(draw.listSize() + " cases to review from your case list")
        .contains(draw.followSize() + " of them to follow through in depth");

    InformationReturn.Outcome answered =
        informationReturn.answer(
            assessment,
            "self-assessment",
            new AnswerRequest(
                "not_held",
                0,
                Optional.empty(),
                List.of(),
                false,
                null,
                null,
                null,
                null,
                null,
                "We have not written one"),
            "council@example.org");
    assertThat(answered).isInstanceOf(InformationReturn.Outcome.Answered.class);
    assertThat(body(lead, "Information return answer from Middlesbrough"))
        .contains("has answered request self-assessment")
        .contains("/staff/assessments/" + id + "/information-return");
  }

  private static String submitted() {
    return "Factual accuracy comments submitted by Middlesbrough";
  }

  /** A new contact of Middlesbrough, of this kind; its address. */
  private String contact(String kind) {
    String email = kind.replace('_', '.') + "." + System.nanoTime() + "@middlesbrough.example.org";
    var added = contacts.add(MIDDLESBROUGH, kind, "Contact " + kind, email, "", "t@example.org");
    assertThat(added).isInstanceOf(CouncilContacts.Outcome.Done.class);
    return email;
  }

  /** A lead assessor who can sign in; their address. */
  private String leadAssessor() {
    String email = "lead." + System.nanoTime() + "@cqc.example.org";
    assertThat(
            accounts.add(
                UserAccount.invite(new EmailAddress(email), Role.LEAD_ASSESSOR, Optional.empty())))
        .isTrue();
    return email;
  }

  private List<String> subjects(String to) {
    return new SentLetters(jdbc).subjects(to);
  }

  private String body(String to, String subjectLike) {
    return new SentLetters(jdbc).body(to, subjectLike);
  }
}
