package uk.assure.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.journey.domain.MoveKind;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.StageMove;
import uk.assure.rating.domain.ScoringMethod;

/** Assessments waiting for the calibration panel, for the tests of its pages. */
public final class CalibrationFixture {

  private CalibrationFixture() {}

  /**
   * A new assessment of the council, its nine statements scored as given by the assessor, moved
   * straight to the calibration stage.
   */
  public static AssessmentId awaitingCalibration(
      GssCode council,
      AssessmentScoring scoring,
      AssessmentJourney journey,
      JourneyRecords journeys,
      String assessor,
      Integer... scores) {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            council,
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 4, 1),
            "lead@example.org");
    assertThat(scoring.revise(id, 0, AssessmentFixture.statementScores(scores), null, assessor))
        .isInstanceOf(AssessmentScoring.Outcome.Saved.class);
    journeys.append(
        id,
        new StageMove(
            1,
            Stage.PLANNED,
            Stage.CALIBRATION,
            MoveKind.FORWARD,
            "lead@example.org",
            Instant.now(),
            LocalDate.now(),
            Optional.empty()));
    return id;
  }
}
