package uk.assure.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.Assessment;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.shared.domain.Refusal;
import uk.assure.workbench.ScoringWorkbench;
import uk.assure.workbench.domain.StatementJudgement;

/**
 * Publishing needs every quality statement judged in the workbench: a score with a rationale that
 * cites at least one piece of evidence. The statements still missing one are named. (The score in
 * force may since have been changed by the calibration panel, with its own reason.)
 */
@Component
class StatementsJudged implements PublicationCheck {

  private final ScoringWorkbench workbench;
  private final Framework framework;

  StatementsJudged(ScoringWorkbench workbench, Framework framework) {
    this.workbench = workbench;
    this.framework = framework;
  }

  @Override
  public int order() {
    return 12;
  }

  @Override
  public String labelKey() {
    return "publication.check.judged";
  }

  @Override
  public Optional<Refusal> check(Assessment assessment) {
    Map<String, StatementJudgement> judgements = workbench.judgements(assessment.id());
    List<String> missing =
        framework.statements().stream()
            .map(QualityStatement::code)
            .filter(code -> !judged(judgements.get(code)))
            .toList();
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(Refusal.ofWhole("publication.problem.unjudged", String.join(", ", missing)));
  }

  private static boolean judged(StatementJudgement judgement) {
    return judgement != null
        && judgement.score().isPresent()
        && !judgement.rationale().isBlank()
        && !judgement.cited().isEmpty();
  }
}
