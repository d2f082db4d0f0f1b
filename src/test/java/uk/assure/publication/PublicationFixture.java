package uk.assure.publication;

import org.springframework.stereotype.Component;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.workbench.JudgementRecords;

/**
 * Takes assessments to their draft report for tests, through the application's own services, so a
 * test asks for one line instead of wiring the seven collaborators {@link
 * PublicationTestSupport#atDraftReport} needs.
 */
@Component
public class PublicationFixture {

  private final AssessmentScoring scoring;
  private final AssessmentJourney journey;
  private final AssessmentRecords assessments;
  private final CalibrationPanel panel;
  private final JourneyRecords records;
  private final JudgementRecords judgements;

  PublicationFixture(
      AssessmentScoring scoring,
      AssessmentJourney journey,
      AssessmentRecords assessments,
      CalibrationPanel panel,
      JourneyRecords records,
      JudgementRecords judgements) {
    this.scoring = scoring;
    this.journey = journey;
    this.assessments = assessments;
    this.panel = panel;
    this.records = records;
    this.judgements = judgements;
  }

  /**
   * A new assessment of the council at its draft report, scored as given (null leaves a statement
   * unscored), as {@link PublicationTestSupport#atDraftReport} describes.
   */
  public AssessmentId atDraftReport(GssCode council, Integer... scores) {
    return PublicationTestSupport.atDraftReport(
        council, scoring, journey, assessments, panel, records, judgements, scores);
  }
}
