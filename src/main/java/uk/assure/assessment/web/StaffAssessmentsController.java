package uk.assure.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentRepository;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.IndicatorEvidence;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.ConflictNotice;

/** The staff area: assessments in progress, starting one, and scoring it. */
@Controller
class StaffAssessmentsController {

  private final AssessmentRepository assessments;
  private final AssessmentScoring scoring;
  private final CouncilRegistry councils;
  private final Framework framework;
  private final RatingPolicy policy;
  private final RatingExplanation explanation;
  private final IndicatorEvidence evidence;

  StaffAssessmentsController(
      AssessmentRepository assessments,
      AssessmentScoring scoring,
      CouncilRegistry councils,
      Framework framework,
      RatingPolicy policy,
      RatingExplanation explanation,
      IndicatorEvidence evidence) {
    this.evidence = evidence;
    this.assessments = assessments;
    this.scoring = scoring;
    this.councils = councils;
    this.framework = framework;
    this.policy = policy;
    this.explanation = explanation;
  }

  @GetMapping("/staff/assessments/new")
  String startForm(Model model) {
    model.addAttribute("startForm", new StartForm());
    return startPage(model);
  }

  @PostMapping("/staff/assessments")
  String start(
      @Valid @ModelAttribute StartForm startForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response) {
    LocalDate startedOn = null;
    if (!errors.hasFieldErrors("day")
        && !errors.hasFieldErrors("month")
        && !errors.hasFieldErrors("year")) {
      try {
        startedOn = LocalDate.of(startForm.getYear(), startForm.getMonth(), startForm.getDay());
      } catch (DateTimeException e) {
        errors.rejectValue("day", "invalid");
      }
    }
    var council =
        GssCode.parse(startForm.getCouncil()).filter(gss -> councils.find(gss).isPresent());
    if (council.isEmpty()) {
      errors.rejectValue("council", "unknown");
    }
    Optional<ScoringMethod> method = startForm.method();
    if (method.isEmpty()) {
      errors.rejectValue("method", "unknown");
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return startPage(model);
    }
    AssessmentId id = scoring.start(council.get(), method.get(), startedOn, user.email());
    return "redirect:/staff/assessments/" + id;
  }

  @GetMapping("/staff/assessments/{id}/scores")
  String scores(@PathVariable String id, Model model) {
    EditableAssessment editable = editable(id);
    ScoresForm form = new ScoresForm();
    form.setVersion(editable.version());
    AssessmentScoring.flatten(editable.assessment())
        .forEach((key, score) -> form.getScores().put(key, String.valueOf(score)));
    model.addAttribute("scoresForm", form);
    return scoresPage(editable, AssessmentScoring.flatten(editable.assessment()), model);
  }

  @PostMapping("/staff/assessments/{id}/scores")
  String revise(
      @PathVariable String id,
      @Valid @ModelAttribute ScoresForm scoresForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    EditableAssessment editable = editable(id);
    ScoreSheet sheet = ScoreSheet.of(editable.assessment().method(), framework);
    ScoreSheet.Parsed parsed = sheet.parse(scoresForm.getScores());
    parsed
        .invalid()
        .forEach(key -> errors.reject("staff.scores.invalid", new Object[] {key}, null));
    if (errors.hasErrors() || scoresForm.previewOnly()) {
      if (errors.hasErrors()) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
      }
      return scoresPage(editable, parsed.scores(), model);
    }
    AssessmentScoring.Outcome outcome =
        scoring.revise(
            editable.assessment().id(),
            scoresForm.getVersion(),
            parsed.scores(),
            scoresForm.getReason(),
            user.email());
    if (outcome instanceof AssessmentScoring.Outcome.Saved saved) {
      redirect.addFlashAttribute("saved", saved.revision().changes().size());
      return "redirect:/staff/assessments/" + id + "/scores";
    }
    if (outcome instanceof AssessmentScoring.Outcome.NothingChanged) {
      redirect.addFlashAttribute("saved", 0);
      return "redirect:/staff/assessments/" + id + "/scores";
    }
    if (outcome instanceof AssessmentScoring.Outcome.ReasonNeeded) {
      errors.rejectValue("reason", "required");
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return scoresPage(editable, parsed.scores(), model);
    }
    if (outcome instanceof AssessmentScoring.Outcome.Conflict conflict) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", ConflictNotice.of(conflict.changedBy(), conflict.changedAt()));
      EditableAssessment latest = editable(id);
      scoresForm.setVersion(latest.version());
      return scoresPage(latest, parsed.scores(), model);
    }
    if (outcome instanceof AssessmentScoring.Outcome.Locked) {
      errors.reject("workbench.locked");
      response.setStatus(HttpStatus.CONFLICT.value());
      return scoresPage(editable, parsed.scores(), model);
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  @PostMapping("/staff/assessments/{id}/indicators")
  String linkIndicator(
      @PathVariable String id,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String statement,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String figure,
      @AuthenticationPrincipal AssureUser user,
      RedirectAttributes redirect) {
    EditableAssessment editable = editable(id);
    IndicatorEvidence.Outcome outcome =
        evidence.link(editable.assessment().id(), statement, figure, user.email());
    redirect.addFlashAttribute("evidenceOutcome", outcome.name());
    return "redirect:/staff/assessments/" + id + "/scores#evidence";
  }

  /** The scores are a part of every assessment's overview, for staff only. */
  @org.springframework.context.annotation.Bean
  static AssessmentSection scoresSection() {
    return new AssessmentSection(90, "/scores", "journey.section.scores", false);
  }

  private String startPage(Model model) {
    model.addAttribute("councils", councils.all());
    model.addAttribute("methods", ScoringMethod.values());
    return "assessment/start";
  }

  private String scoresPage(EditableAssessment editable, Map<String, Integer> scores, Model model) {
    ScoreSheet sheet = ScoreSheet.of(editable.assessment().method(), framework);
    model.addAttribute("assessment", editable);
    model.addAttribute("council", councils.find(editable.assessment().council()).orElseThrow());
    model.addAttribute("sheet", sheet);
    model.addAttribute("preview", PreviewView.of(policy.rate(sheet.request(scores)), explanation));
    model.addAttribute("pageScript", "/js/score-preview.js");
    model.addAttribute("linked", evidence.linked(editable.assessment().id()));
    model.addAttribute("available", evidence.available(editable.assessment().id()));
    model.addAttribute("statements", framework.statements());
    return "assessment/scores";
  }

  private EditableAssessment editable(String id) {
    try {
      return assessments
          .findEditable(new AssessmentId(UUID.fromString(id)))
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
