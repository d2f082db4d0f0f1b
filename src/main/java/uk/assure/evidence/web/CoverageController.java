package uk.assure.evidence.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.evidence.EvidenceCoverage;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.framework.domain.Framework;
import uk.assure.shared.web.AssessmentSection;

/** The evidence an assessment holds, statement by statement and category by category. */
@Controller
class CoverageController {

  private final AssessmentAccess access;
  private final EvidenceCoverage coverage;
  private final CouncilRegistry councils;
  private final Framework framework;

  CoverageController(
      AssessmentAccess access,
      EvidenceCoverage coverage,
      CouncilRegistry councils,
      Framework framework) {
    this.access = access;
    this.coverage = coverage;
    this.councils = councils;
    this.framework = framework;
  }

  @Bean
  static AssessmentSection coverageSection() {
    return new AssessmentSection(80, "/evidence", "coverage.section", false);
  }

  @GetMapping("/staff/assessments/{id}/evidence")
  String page(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("base", "/staff/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("matrix", coverage.of(assessment.id()));
    model.addAttribute("categories", CoverageMatrix.CATEGORIES);
    model.addAttribute("framework", framework);
    return "evidence/coverage";
  }
}
