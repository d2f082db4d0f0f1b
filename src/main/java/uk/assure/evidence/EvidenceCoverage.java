package uk.assure.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
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

  /**
   * Every source's evidence for one statement of the assessment, under each of the four council
   * evidence categories in the order they are shown (a category with none maps to an empty list).
   */
  public Map<EvidenceCategory, List<EvidenceItem>> items(
      AssessmentId assessment, String statement) {
    Map<EvidenceCategory, List<EvidenceItem>> byCategory = new LinkedHashMap<>();
    CoverageMatrix.CATEGORIES.forEach(category -> byCategory.put(category, new ArrayList<>()));
    for (EvidenceSource source : sources) {
      for (EvidenceItem item : source.items(assessment, statement)) {
        byCategory.get(item.category()).add(item);
      }
    }
    return byCategory;
  }
}
