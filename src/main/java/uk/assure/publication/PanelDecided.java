package uk.assure.publication;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.calibration.CalibrationPanel;

/**
 * Publishing needs the calibration panel's decision in force, so the published scores are the ones
 * the panel confirmed or set.
 */
@Component
class PanelDecided implements PublicationCheck {

  private final CalibrationPanel panel;

  PanelDecided(CalibrationPanel panel) {
    this.panel = panel;
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public String labelKey() {
    return "publication.check.panel";
  }

  @Override
  public Optional<Problem> check(Assessment assessment) {
    return panel.decision(assessment.id()).isPresent()
        ? Optional.empty()
        : Optional.of(Problem.of("publication.problem.panel"));
  }
}
