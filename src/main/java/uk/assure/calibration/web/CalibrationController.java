package uk.assure.calibration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.ScoreEntry;
import uk.assure.assessment.domain.Assessment;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.calibration.PanelComparisons;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.calibration.domain.PanelDecision;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;
import uk.assure.security.domain.Role;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;
import uk.assure.workbench.ScoringWorkbench;
import uk.assure.workbench.domain.StatementJudgement;

/** The calibration panel's overview and its page to decide on each assessment. */
@Controller
class CalibrationController {

  private final CalibrationPanel panel;
  private final PanelComparisons comparisons;
  private final AssessmentAccess access;
  private final AssessmentRecords assessments;
  private final ScoringWorkbench workbench;
  private final Framework framework;

  CalibrationController(
      CalibrationPanel panel,
      PanelComparisons comparisons,
      AssessmentAccess access,
      AssessmentRecords assessments,
      ScoringWorkbench workbench,
      Framework framework) {
    this.panel = panel;
    this.comparisons = comparisons;
    this.access = access;
    this.assessments = assessments;
    this.workbench = workbench;
    this.framework = framework;
  }

  @GetMapping("/staff/calibration")
  String overview(Model model) {
    model.addAttribute("awaiting", comparisons.awaiting());
    model.addAttribute("distributions", comparisons.distributions());
    model.addAttribute("statements", framework.statements());
    return "calibration/overview";
  }

  @GetMapping("/staff/calibration/{id}")
  String decisionPage(
      @PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forStaff(id);
    DecisionForm form = new DecisionForm();
    form.setVersion(
        assessments.findEditable(assessment.id()).map(EditableAssessment::version).orElse(0));
    AssessmentScoring.flatten(assessment)
        .forEach((item, score) -> form.getScores().put(item, String.valueOf(score)));
    model.addAttribute("decisionForm", form);
    return page(assessment, user, model);
  }

  @PostMapping("/staff/calibration/{id}")
  String decide(
      @PathVariable String id,
      @Valid @ModelAttribute DecisionForm decisionForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    List<Item> items = items(assessment);
    Map<String, Integer> proposed =
        decisionForm.proposedScores(items.stream().map(Item::key).toList(), errors);
    Optional<DecisionOutcome> outcome = DecisionOutcome.find(decisionForm.getOutcome());
    if (outcome.isEmpty()) {
      errors.rejectValue("outcome", "calibration.problem.outcome");
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(assessment, user, model);
    }
    CalibrationPanel.Outcome result =
        panel.decide(
            assessment.id(),
            decisionForm.getVersion(),
            outcome.get(),
            proposed,
            decisionForm.getReasons(),
            decisionForm.getNote(),
            user.email());
    if (result instanceof CalibrationPanel.Outcome.Decided
        || sentAgain(result, outcome.get(), user)) {
      redirect.addFlashAttribute("notice", "calibration.decided");
      return "redirect:/staff/calibration/" + assessment.id();
    }
    if (result instanceof CalibrationPanel.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(assessment, user, model);
    }
    response.setStatus(HttpStatus.CONFLICT.value());
    if (result instanceof CalibrationPanel.Outcome.AlreadyDecided) {
      errors.reject("calibration.problem.alreadyDecided");
    } else if (result instanceof CalibrationPanel.Outcome.NotAtCalibration) {
      errors.reject("calibration.problem.notAtCalibration");
    } else if (result instanceof CalibrationPanel.Outcome.Stale) {
      errors.reject("calibration.problem.stale");
      decisionForm.setVersion(
          assessments.findEditable(assessment.id()).map(EditableAssessment::version).orElse(0));
    } else {
      throw new NotFound();
    }
    return page(assessments.find(assessment.id()).orElse(assessment), user, model);
  }

  /** The decision in force is this person's, with this outcome: their form, sent twice. */
  private static boolean sentAgain(
      CalibrationPanel.Outcome result, DecisionOutcome outcome, AssureUser user) {
    return result instanceof CalibrationPanel.Outcome.AlreadyDecided already
        && already.decision().decidedBy().equals(user.email())
        && already.decision().outcome() == outcome;
  }

  /** One score the panel may confirm or change. */
  record Item(
      String key,
      String statementCode,
      String statementName,
      String category,
      Optional<Integer> score,
      Optional<ScoreEntry> enteredBy) {

    public String fieldId() {
      return "score-" + key.replace('/', '-');
    }

    public String reasonId() {
      return "reason-" + key.replace('/', '-');
    }
  }

  private List<Item> items(Assessment assessment) {
    Map<String, Integer> scores = AssessmentScoring.flatten(assessment);
    Map<String, ScoreEntry> entered = comparisons.enteredBy(assessment.id());
    List<Item> items = new ArrayList<>();
    for (QualityStatement statement : framework.statements()) {
      if (assessment.method() == ScoringMethod.STATEMENT_LEVEL) {
        items.add(item(statement, statement.code(), null, scores, entered));
      } else {
        for (var category : uk.assure.evidence.domain.CoverageMatrix.CATEGORIES) {
          items.add(
              item(
                  statement,
                  statement.code() + "/" + category.code(),
                  category.code(),
                  scores,
                  entered));
        }
      }
    }
    return items;
  }

  private static Item item(
      QualityStatement statement,
      String key,
      String category,
      Map<String, Integer> scores,
      Map<String, ScoreEntry> entered) {
    return new Item(
        key,
        statement.code(),
        statement.name(),
        category,
        Optional.ofNullable(scores.get(key)),
        Optional.ofNullable(entered.get(key)));
  }

  private String page(Assessment assessment, AssureUser user, Model model) {
    Optional<PanelDecision> decision = panel.decision(assessment.id());
    boolean atCalibration = panel.atCalibration(assessment);
    Map<String, StatementJudgement> judgements = workbench.judgements(assessment.id());
    model.addAttribute("assessment", assessment);
    model.addAttribute("compared", comparisons.compare(assessment));
    model.addAttribute("items", items(assessment));
    model.addAttribute("judgements", judgements);
    model.addAttribute("statements", framework.statements());
    model.addAttribute("decision", decision.orElse(null));
    model.addAttribute("atCalibration", atCalibration);
    model.addAttribute(
        "mayDecide",
        atCalibration
            && decision.isEmpty()
            && !assessment.published()
            && user.role() == Role.PANEL);
    return "calibration/decision";
  }
}
