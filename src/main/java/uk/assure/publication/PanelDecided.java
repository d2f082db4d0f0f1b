package uk.assure.publication;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.shared.domain.Refusal;

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
  public Optional<Refusal> check(Assessment assessment) {
    return panel.decision(assessment.id()).isPresent()
        ? Optional.empty()
        : Optional.of(Refusal.ofWhole("publication.problem.panel"));
  }
}
