package uk.assure.demo;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.shared.web.DemonstrationBanner;

/**
 * Whether the illustrative demonstration ratings are shown, from {@code assure.demo.enabled}
 * (environment variable ASSURE_DEMO_ENABLED): {@code true} always shows them, {@code false} never
 * does, and unset (or {@code auto}) shows them only until the first real assessment is published,
 * so demonstration data never sits beside real work unless someone asked for it.
 */
@Component
public class DemonstrationSetting implements DemonstrationBanner {

  /** The three settings. */
  enum Mode {
    AUTO,
    ON,
    OFF;

    static Mode of(String value) {
      return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
        case "", "auto" -> AUTO;
        case "true" -> ON;
        case "false" -> OFF;
        default ->
            throw new IllegalArgumentException(
                "ASSURE_DEMO_ENABLED (assure.demo.enabled) must be true, false or auto (or unset),"
                    + " not '"
                    + value
                    + "'");
      };
    }
  }

  private final Mode mode;
  private final AssessmentRecords assessments;

  DemonstrationSetting(
      @Value("${assure.demo.enabled:auto}") String value, AssessmentRecords assessments) {
    this.mode = Mode.of(value);
    this.assessments = assessments;
  }

  /** Whether demonstration ratings are shown now, on any page or in any answer. */
  @Override
  public boolean shown() {
    return switch (mode) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> !assessments.anyRealPublished();
    };
  }
}
