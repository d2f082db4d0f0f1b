package uk.assure.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpMethod;
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
import uk.assure.assessment.AssessmentRepository;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.IndicatorEvidence;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AccessRules;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;

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
  private final AssessmentAccess access;

  StaffAssessmentsController(
      AssessmentAccess access,
      AssessmentRepository assessments,
      AssessmentScoring scoring,
      CouncilRegistry councils,
      Framework framework,
      RatingPolicy policy,
      RatingExplanation explanation,
      IndicatorEvidence evidence) {
    this.evidence = evidence;
    this.access = access;
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
    LocalDate startedOn = startForm.startedOn(errors).orElse(null);
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
    AssessmentScoring.StartOutcome outcome =
        scoring.begin(council.get(), method.get(), startedOn, user.email());
    if (outcome instanceof AssessmentScoring.StartOutcome.Started started) {
      return "redirect:/staff/assessments/" + started.id();
    }
    errors.rejectValue("council", "staff.start.alreadyOpen");
    response.setStatus(HttpStatus.CONFLICT.value());
    return startPage(model);
  }

  /**
   * The national figures linked as evidence to each statement, and, while the assessment is in
   * progress, the form to link another. A published or withdrawn assessment's figures stay
   * readable.
   */
  @GetMapping("/staff/assessments/{id}/indicators")
  String indicators(
      @PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute(
        "mayScore",
        AccessRules.ruleFor(HttpMethod.GET, "/staff/assessments/" + id + "/statements")
            .map(rule -> rule.allows(Optional.of(user.role())))
            .orElse(false));
    boolean open = assessments.findEditable(assessment.id()).isPresent();
    model.addAttribute("assessment", assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("linked", evidence.linked(assessment.id()));
    model.addAttribute("available", open ? evidence.available(assessment.id()) : List.of());
    model.addAttribute("statements", framework.statements());
    return "assessment/indicators";
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
    return "redirect:/staff/assessments/" + id + "/indicators";
  }

  /**
   * The national figures linked as evidence are a part of every assessment's overview, for staff
   * only. Scores themselves are judged in the workbench, each with a rationale citing evidence.
   */
  @org.springframework.context.annotation.Bean
  static AssessmentSection indicatorsSection() {
    return new AssessmentSection(90, "/indicators", "journey.section.indicators", false);
  }

  private String startPage(Model model) {
    model.addAttribute("councils", councils.all());
    model.addAttribute("methods", ScoringMethod.values());
    return "assessment/start";
  }

  private EditableAssessment editable(String id) {
    try {
      return assessments
          .findEditable(new AssessmentId(UUID.fromString(id)))
          .orElseThrow(() -> new NotFound());
    } catch (IllegalArgumentException e) {
      throw new NotFound();
    }
  }
}
