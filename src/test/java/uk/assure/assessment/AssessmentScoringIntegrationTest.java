package uk.assure.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.testing.Councils;

/** Scores saved on a real database, and two people editing the same assessment at once. */
@Tag("database")
@SpringBootTest
class AssessmentScoringIntegrationTest {

  private static final GssCode KIRKLEES =
      new GssCode(Councils.claim(AssessmentScoringIntegrationTest.class, "E08000034"));

  @Autowired AssessmentScoring scoring;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;

  @Test
  void theSecondOfTwoEditsFromTheSameVersionIsRefusedNamingWhoSavedFirst() {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            KIRKLEES,
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 5, 1),
            "test@example.org");

    var first = scoring.revise(id, 0, Map.of("QS1", 3), "", "first@example.org");
    var second = scoring.revise(id, 0, Map.of("QS1", 2), "", "second@example.org");

    assertThat(first).isInstanceOf(AssessmentScoring.Outcome.Saved.class);
    assertThat(second).isInstanceOf(AssessmentScoring.Outcome.Conflict.class);
    assertThat(((AssessmentScoring.Outcome.Conflict) second).changedBy())
        .contains("first@example.org");
    var stored = assessments.findEditable(id).orElseThrow();
    assertThat(stored.assessment().statementScores()).containsExactly(Map.entry("QS1", 3));
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void changingARecordedScoreWithoutAReasonChangesNothing() {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            KIRKLEES,
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 6, 1),
            "test@example.org");
    scoring.revise(id, 0, Map.of("QS1", 3), "", "assessor@example.org");

    var refused = scoring.revise(id, 1, Map.of("QS1", 1), " ", "assessor@example.org");
    var accepted =
        scoring.revise(id, 1, Map.of("QS1", 1), "Case files showed delays", "assessor@example.org");

    assertThat(refused).isInstanceOf(AssessmentScoring.Outcome.ReasonNeeded.class);
    assertThat(accepted).isInstanceOf(AssessmentScoring.Outcome.Saved.class);
    assertThat(assessments.findEditable(id).orElseThrow().assessment().statementScores())
        .containsEntry("QS1", 1);
  }

  @Test
  void categoryScoresAreSavedUnderTheOlderMethod() {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            KIRKLEES,
            ScoringMethod.EVIDENCE_CATEGORY,
            LocalDate.of(2024, 3, 1),
            "test@example.org");

    scoring.revise(
        id, 0, Map.of("QS7/PROCESSES", 2, "QS7/PEOPLE_EXPERIENCE", 3), "", "assessor@example.org");

    assertThat(assessments.findEditable(id).orElseThrow().assessment().categoryScores())
        .containsEntry("QS7", Map.of("PROCESSES", 2, "PEOPLE_EXPERIENCE", 3));
  }
}
