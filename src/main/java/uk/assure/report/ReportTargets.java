package uk.assure.report;

import java.util.List;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;

/** Which assessments bulk generation makes reports for. */
public interface ReportTargets {

  /** An assessment and its council. */
  record Target(AssessmentId assessment, GssCode council) {}

  /**
   * Each council's latest assessment, by council code: a real one where the council has any, else
   * (with {@code includeDemo}) its demonstration one. Limited to {@code councils} unless empty.
   */
  List<Target> latestPerCouncil(boolean includeDemo, List<GssCode> councils);
}
