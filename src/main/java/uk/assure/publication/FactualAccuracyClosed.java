package uk.assure.publication;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.shared.domain.Refusal;

/**
 * Publishing needs the factual accuracy check done: a draft was sent, the council submitted its
 * comments or the due date passed, and the assessors decided on every comment. The draft must be
 * the one sent when the assessment last entered the check: an assessment reopened to an earlier
 * step has a report the council has not yet seen.
 */
@Component
class FactualAccuracyClosed implements PublicationCheck {

  private final FactualAccuracy factualAccuracy;
  private final AssessmentJourney journey;

  FactualAccuracyClosed(FactualAccuracy factualAccuracy, AssessmentJourney journey) {
    this.factualAccuracy = factualAccuracy;
    this.journey = journey;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String labelKey() {
    return "publication.check.factualAccuracy";
  }

  @Override
  public Optional<Refusal> check(Assessment assessment) {
    Optional<FactualAccuracyCheck> check = factualAccuracy.check(assessment.id());
    boolean reopenedSince =
        !assessment.published()
            && journey.state(assessment).stage().isBefore(Stage.FACTUAL_ACCURACY);
    if (check.isEmpty() || reopenedSince) {
      return Optional.of(Refusal.ofWhole("publication.problem.noDraft"));
    }
    if (!check.get().closed(factualAccuracy.today())) {
      return Optional.of(
          Refusal.ofWhole(
              "publication.problem.checkOpen",
              check.get().draft().dueOn().format(FactualAccuracy.DATE)));
    }
    long undecided = check.get().comments().stream().filter(c -> !c.decided()).count();
    if (undecided > 0) {
      return Optional.of(Refusal.ofWhole("publication.problem.undecided", undecided));
    }
    return Optional.empty();
  }
}
