package uk.assure.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.framework.domain.Framework;

/**
 * Stores the demonstration data set once, when demonstration data is shown (see {@link
 * DemonstrationSetting}: switched on, or unset and no real assessment published yet) and none is
 * stored yet. Demonstration assessments are marked as such in the database and every page that can
 * show them carries a banner; once they are no longer shown they are hidden everywhere.
 */
@Component
class DemonstrationData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemonstrationData.class);

  private final DemonstrationSetting setting;
  private final CouncilRegistry councils;
  private final AssessmentRecords assessments;
  private final Framework framework;
  private final TransactionTemplate transaction;

  DemonstrationData(
      DemonstrationSetting setting,
      CouncilRegistry councils,
      AssessmentRecords assessments,
      Framework framework,
      TransactionTemplate transaction) {
    this.setting = setting;
    this.councils = councils;
    this.assessments = assessments;
    this.framework = framework;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!setting.shown()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          if (assessments.anyDemo()) {
            return;
          }
          for (Council council : councils.all()) {
            DemonstrationScores.Generated generated =
                DemonstrationScores.forCouncil(
                    council.gss(), framework.statementCodes(), framework.version());
            assessments.add(generated.assessment());
            assessments.publish(generated.assessment().id(), generated.publishOn());
          }
          log.info("Stored illustrative demonstration ratings for every council");
        });
  }
}
