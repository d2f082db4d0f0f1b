package uk.assure.evidence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.framework.domain.Framework;

/** Adds up the evidence every source holds for an assessment into its coverage matrix. */
@Service
public class EvidenceCoverage {

  private final List<EvidenceSource> sources;
  private final Framework framework;

  EvidenceCoverage(List<EvidenceSource> sources, Framework framework) {
    this.sources = sources;
    this.framework = framework;
  }

  public CoverageMatrix of(AssessmentId assessment) {
    List<EvidenceTally> tallies = new ArrayList<>();
    for (EvidenceSource source : sources) {
      tallies.addAll(source.tally(assessment));
    }
    return CoverageMatrix.of(framework.statementCodes(), tallies);
  }
}
