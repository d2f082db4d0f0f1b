package uk.assure.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.security.AssureUser;

/** The staff area: assessments in progress, starting one, and scoring it. */
@Controller
class StaffAssessmentsController {

  private final AssessmentScoring scoring;
  private final CouncilRegistry councils;
  private final RatingPolicy policy;
  private final RatingExplanation explanation;

  StaffAssessmentsController(
      AssessmentScoring scoring,
      CouncilRegistry councils,
      RatingPolicy policy,
      RatingExplanation explanation) {
    this.scoring = scoring;
    this.councils = councils;
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

  private String startPage(Model model) {
    model.addAttribute("councils", councils.all());
    model.addAttribute("methods", ScoringMethod.values());
    return "assessment/start";
  }
}
