package uk.assure.workbench.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
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
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.web.PreviewView;
import uk.assure.council.CouncilRegistry;
import uk.assure.evidence.EvidenceCoverage;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingRequest;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;
import uk.assure.security.domain.Role;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.ConflictNotice;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;
import uk.assure.workbench.ScoringWorkbench;
import uk.assure.workbench.domain.DerivedScore;
import uk.assure.workbench.domain.StatementJudgement;

/**
 * The scoring workbench: an index of the nine statements and a page to judge each one.
 *
 * <p>It is over 300 lines because a statement's page gathers its evidence, history and draft scores
 * into one view, shown both when the page opens and when a save is refused.
 */
@Controller
class WorkbenchController {

  private final AssessmentAccess access;
  private final AssessmentRecords assessments;
  private final AssessmentScoring scoring;
  private final ScoringWorkbench workbench;
  private final EvidenceCoverage coverage;
  private final CouncilRegistry councils;
  private final Framework framework;
  private final RatingPolicy policy;
  private final RatingExplanation explanation;

  WorkbenchController(
      AssessmentAccess access,
      AssessmentRecords assessments,
      AssessmentScoring scoring,
      ScoringWorkbench workbench,
      EvidenceCoverage coverage,
      CouncilRegistry councils,
      Framework framework,
      RatingPolicy policy,
      RatingExplanation explanation) {
    this.access = access;
    this.assessments = assessments;
    this.scoring = scoring;
    this.workbench = workbench;
    this.coverage = coverage;
    this.councils = councils;
    this.framework = framework;
    this.policy = policy;
    this.explanation = explanation;
  }

  /** The workbench is a part of every assessment's overview, for staff only. */
  @Bean
  static AssessmentSection workbenchSection() {
    return new AssessmentSection(85, "/statements", "workbench.section", false);
  }

  @GetMapping("/staff/assessments/{id}/statements")
  String index(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    Map<String, StatementJudgement> judgements = workbench.judgements(assessment.id());
    CoverageMatrix matrix = coverage.of(assessment.id());
    List<IndexRow> rows = new ArrayList<>();
    for (QualityStatement statement : framework.statements()) {
      int gaps =
          matrix.rows().stream()
              .filter(r -> r.statement().equals(statement.code()))
              .mapToInt(r -> r.gaps().size())
              .sum();
      Optional<StatementJudgement> current = Optional.ofNullable(judgements.get(statement.code()));
      rows.add(
          new IndexRow(
              statement,
              workbench.draftScore(assessment, statement.code(), current),
              current,
              gaps));
    }
    model.addAttribute("assessment", assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("rows", rows);
    model.addAttribute("locked", scoring.locked(assessment.id()));
    return "workbench/index";
  }

  /** One statement on the index: its draft score, current judgement and evidence gaps. */
  record IndexRow(
      QualityStatement statement,
      Optional<Integer> score,
      Optional<StatementJudgement> judgement,
      int gaps) {}

  @GetMapping("/staff/assessments/{id}/statements/{code}")
  String statement(
      @PathVariable String id,
      @PathVariable String code,
      @AuthenticationPrincipal AssureUser user,
      Model model) {
    Assessment assessment = access.forStaff(id);
    QualityStatement statement = statementOr404(code);
    Optional<EditableAssessment> editable = assessments.findEditable(assessment.id());
    JudgementForm form = new JudgementForm();
    List<StatementJudgement> history = workbench.history(assessment.id(), code);
    Optional<StatementJudgement> latest = history.stream().reduce((a, b) -> b);
    form.setVersion(editable.map(EditableAssessment::version).orElse(0));
    form.setSequence(latest.map(StatementJudgement::sequence).orElse(0));
    Optional<Integer> draft = workbench.draftScore(assessment, code);
    ScoringWorkbench.categoryScores(assessment, code)
        .forEach((category, score) -> form.getCategories().put(category.code(), "" + score));
    if (assessment.method() == ScoringMethod.STATEMENT_LEVEL
        || latest.flatMap(StatementJudgement::score).equals(draft)) {
      form.setScore(draft.map(String::valueOf).orElse(""));
    }
    latest.ifPresent(
        j -> {
          form.setRationale(j.rationale());
          form.setReason(j.reason().orElse(""));
          form.setCited(new ArrayList<>(j.cited()));
        });
    model.addAttribute("judgementForm", form);
    return page(assessment, statement, editable, user, model);
  }

  @PostMapping("/staff/assessments/{id}/statements/{code}")
  String save(
      @PathVariable String id,
      @PathVariable String code,
      @Valid @ModelAttribute JudgementForm judgementForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    QualityStatement statement = statementOr404(code);
    Optional<EditableAssessment> editable = assessments.findEditable(assessment.id());
    if (editable.isEmpty()) {
      throw new NotFound();
    }
    Optional<Integer> score = judgementForm.score(errors);
    Map<EvidenceCategory, Integer> categories =
        judgementForm.categoryScores(
            assessment.method() == ScoringMethod.EVIDENCE_CATEGORY, errors);
    if (errors.hasErrors() || judgementForm.previewOnly()) {
      if (errors.hasErrors()) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
      }
      return page(assessment, statement, editable, user, model);
    }
    ScoringWorkbench.Outcome outcome =
        workbench.save(
            assessment.id(),
            code,
            new ScoringWorkbench.Submission(
                judgementForm.getVersion(),
                judgementForm.getSequence(),
                score,
                categories,
                judgementForm.getRationale(),
                judgementForm.getReason(),
                judgementForm.getCited(),
                user.email()));
    String here = "/staff/assessments/" + assessment.id() + "/statements/" + code;
    if (outcome instanceof ScoringWorkbench.Outcome.Saved) {
      redirect.addFlashAttribute("notice", "workbench.saved");
      return "redirect:" + here;
    }
    if (outcome instanceof ScoringWorkbench.Outcome.NothingChanged) {
      redirect.addFlashAttribute("notice", "workbench.unchanged");
      return "redirect:" + here;
    }
    if (outcome instanceof ScoringWorkbench.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(assessment, statement, editable, user, model);
    }
    if (outcome instanceof ScoringWorkbench.Outcome.Conflict conflict) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", ConflictNotice.of(conflict.changedBy(), conflict.changedAt()));
      Optional<EditableAssessment> latest = assessments.findEditable(assessment.id());
      judgementForm.setVersion(latest.map(EditableAssessment::version).orElse(0));
      judgementForm.setSequence(
          workbench.history(assessment.id(), code).stream()
              .mapToInt(StatementJudgement::sequence)
              .max()
              .orElse(0));
      return page(
          latest.map(EditableAssessment::assessment).orElse(assessment),
          statement,
          latest,
          user,
          model);
    }
    if (outcome instanceof ScoringWorkbench.Outcome.Locked) {
      response.setStatus(HttpStatus.CONFLICT.value());
      errors.reject("workbench.locked");
      return page(assessment, statement, editable, user, model);
    }
    throw new NotFound();
  }

  private String page(
      Assessment assessment,
      QualityStatement statement,
      Optional<EditableAssessment> editable,
      AssureUser user,
      Model model) {
    JudgementForm form = (JudgementForm) model.getAttribute("judgementForm");
    String code = statement.code();
    boolean locked = scoring.locked(assessment.id());
    boolean scorer = user.role() == Role.LEAD_ASSESSOR || user.role() == Role.ASSESSOR;
    List<QualityStatement> all = framework.statements();
    int at = all.indexOf(statement);

    Map<EvidenceCategory, Integer> categories = form.usableCategoryScores();
    Map<String, Integer> scores = new LinkedHashMap<>();
    AssessmentScoring.flatten(assessment)
        .forEach(
            (item, score) -> {
              if (!item.equals(code) && !item.startsWith(code + "/")) {
                scores.put(item, score);
              }
            });
    Map<String, Integer> others = new LinkedHashMap<>(scores);
    RatingRequest request;
    if (assessment.method() == ScoringMethod.STATEMENT_LEVEL) {
      form.usableScore().ifPresent(score -> scores.put(code, score));
      request = RatingRequest.statementLevel(scores);
    } else {
      categories.forEach((category, score) -> scores.put(code + "/" + category.code(), score));
      request = RatingRequest.evidenceCategory(AssessmentScoring.unflatten(scores));
    }

    model.addAttribute("assessment", assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("statement", statement);
    model.addAttribute("theme", framework.theme(statement.theme()).orElseThrow());
    model.addAttribute(
        "meanings", List.of(1, 2, 3, 4).stream().map(framework::scoreMeaning).toList());
    model.addAttribute("previous", at > 0 ? all.get(at - 1) : null);
    model.addAttribute("next", at + 1 < all.size() ? all.get(at + 1) : null);
    model.addAttribute("statements", all);
    model.addAttribute("evidence", workbench.evidence(assessment.id(), code));
    model.addAttribute(
        "categoryNames",
        CoverageMatrix.CATEGORIES.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    EvidenceCategory::code, c -> framework.evidenceCategory(c).name())));
    model.addAttribute(
        "gaps",
        coverage.of(assessment.id()).rows().stream()
            .filter(r -> r.statement().equals(code))
            .flatMap(r -> r.gaps().stream())
            .map(c -> framework.evidenceCategory(c).name())
            .toList());
    model.addAttribute("byCategory", assessment.method() == ScoringMethod.EVIDENCE_CATEGORY);
    model.addAttribute("councilCategories", CoverageMatrix.CATEGORIES);
    model.addAttribute("workings", DerivedScore.of(categories).orElse(null));
    model.addAttribute("draft", workbench.draftScore(assessment, code).orElse(null));
    model.addAttribute(
        "history",
        workbench.history(assessment.id(), code).stream()
            .map(j -> new HistoryRow(j, ConflictNotice.when(j.writtenAt())))
            .toList());
    model.addAttribute("preview", PreviewView.of(policy.rate(request), explanation));
    model.addAttribute("otherScoresJson", json(others));
    model.addAttribute("locked", locked);
    model.addAttribute("editable", editable.isPresent() && !locked && scorer);
    model.addAttribute("pageScript", "/js/score-preview.js");
    return "workbench/statement";
  }

  /** A version of the judgement with when it was written, as the page shows it. */
  record HistoryRow(StatementJudgement judgement, String when) {}

  /** Scores keyed by item codes (letters, digits, underscores and a slash) as a JSON object. */
  private static String json(Map<String, Integer> scores) {
    StringBuilder json = new StringBuilder("{");
    scores.forEach(
        (item, score) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(item).append("\":").append(score);
        });
    return json.append('}').toString();
  }

  private QualityStatement statementOr404(String code) {
    return framework.statement(code).orElseThrow(() -> new NotFound());
  }
}
