package uk.assure.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.rating.domain.ScoringMethod;

/** Builds assessments for tests without repeating their setup. */
public final class AssessmentFixture {

  /** The reason a test gives for withdrawing the council's open assessment before its own. */
  public static final String STARTING_AFRESH = "Withdrawn so a test can start afresh";

  private AssessmentFixture() {}

  /**
   * Starts an assessment of the council as {@link AssessmentScoring#start} does, first withdrawing
   * the council's open assessment, if it has one (left by an earlier test): a council has one open
   * assessment at a time.
   */
  public static AssessmentId startAfresh(
      AssessmentScoring scoring,
      AssessmentJourney journey,
      GssCode council,
      ScoringMethod method,
      LocalDate startedOn,
      String startedBy) {
    AssessmentScoring.StartOutcome outcome = scoring.begin(council, method, startedOn, startedBy);
    if (outcome instanceof AssessmentScoring.StartOutcome.AlreadyOpen open) {
      withdraw(journey, open.open().orElseThrow());
      return scoring.start(council, method, startedOn, startedBy);
    }
    return ((AssessmentScoring.StartOutcome.Started) outcome).id();
  }

  /** Stores the assessment, first withdrawing the council's open one, if it has one. */
  public static void addAfresh(
      AssessmentRecords assessments, AssessmentJourney journey, Assessment assessment) {
    if (!assessment.demo()) {
      assessments.openFor(assessment.council()).ifPresent(open -> withdraw(journey, open));
    }
    assessments.add(assessment);
  }

  /** Withdraws the council's open assessment, if any, so a test can start one through a page. */
  public static void noneOpen(
      AssessmentRecords assessments, AssessmentJourney journey, GssCode council) {
    assessments.openFor(council).ifPresent(open -> withdraw(journey, open));
  }

  private static void withdraw(AssessmentJourney journey, AssessmentId open) {
    if (!(journey.withdraw(open, STARTING_AFRESH, "tests@example.org")
        instanceof AssessmentJourney.WithdrawOutcome.Withdrawn)) {
      throw new IllegalStateException("Could not withdraw " + open);
    }
  }

  /** An unpublished 2024-12 assessment with one score per statement, QS1 onwards. */
  public static Assessment scored(String gss, LocalDate startedOn, Integer... scores) {
    return new Assessment(
        AssessmentId.random(),
        new GssCode(gss),
        ScoringMethod.STATEMENT_LEVEL,
        "2025-01",
        AssessmentStatus.IN_PROGRESS,
        false,
        startedOn,
        Optional.empty(),
        Optional.empty(),
        statementScores(scores),
        Map.of());
  }

  /** Scores by statement, one per score given from QS1 onwards; a null leaves its statement out. */
  public static Map<String, Integer> statementScores(Integer... scores) {
    Map<String, Integer> statementScores = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        statementScores.put("QS" + (i + 1), scores[i]);
      }
    }
    return statementScores;
  }
}
