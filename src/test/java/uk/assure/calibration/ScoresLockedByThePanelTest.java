package uk.assure.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.testing.Councils;

/**
 * Scores the panel has confirmed stay as confirmed, even when an assessor saves scores at the very
 * moment the panel records its decision: the save waits for the decision and is then refused.
 */
@Tag("database")
@SpringBootTest
class ScoresLockedByThePanelTest {

  private static final GssCode BLACKBURN =
      new GssCode(Councils.claim(ScoresLockedByThePanelTest.class, "E06000008"));

  @Autowired AssessmentScoring scoring;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired JourneyRecords journeys;
  @Autowired CalibrationPanel panel;
  @Autowired TransactionTemplate transaction;

  @Test
  void aSaveRacingThePanelsConfirmationIsRefusedOnceTheDecisionCommits() throws Exception {
    AssessmentId id =
        CalibrationFixture.awaitingCalibration(
            BLACKBURN,
            scoring,
            journey,
            journeys,
            "assessor@example.org",
            3,
            3,
            3,
            3,
            3,
            3,
            3,
            3,
            3);
    int version = assessments.findEditable(id).orElseThrow().version();
    CountDownLatch decidedNotCommitted = new CountDownLatch(1);

    CompletableFuture<Object> decision =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      Object decided =
                          panel.decide(
                              id,
                              version,
                              DecisionOutcome.CONFIRMED,
                              Map.of(),
                              Map.of(),
                              "In line with the evidence",
                              "lead@example.org");
                      decidedNotCommitted.countDown();
                      // Long enough for the assessor's save to reach the assessment first.
                      sleep(500);
                      return decided;
                    }));
    assertThat(decidedNotCommitted.await(10, TimeUnit.SECONDS)).isTrue();

    AssessmentScoring.Outcome save =
        scoring.revise(id, version, Map.of("QS1", 1), "Changed my mind", "assessor@example.org");

    assertThat(decision.get(10, TimeUnit.SECONDS))
        .isInstanceOf(CalibrationPanel.Outcome.Decided.class);
    assertThat(save).isInstanceOf(AssessmentScoring.Outcome.Locked.class);
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS1", 3);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
