package uk.assure.indicator.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.framework.domain.Framework;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.IndicatorEvidence;
import uk.assure.security.AccessRules;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;

/** The staff page of an assessment's linked national figures, and linking another. */
@Controller
class AssessmentIndicatorsController {

  private final AssessmentAccess access;
  private final AssessmentRecords assessments;
  private final CouncilRegistry councils;
  private final Framework framework;
  private final IndicatorEvidence evidence;
  private final MessageSource messages;

  AssessmentIndicatorsController(
      AssessmentAccess access,
      AssessmentRecords assessments,
      CouncilRegistry councils,
      Framework framework,
      IndicatorEvidence evidence,
      MessageSource messages) {
    this.access = access;
    this.messages = messages;
    this.assessments = assessments;
    this.councils = councils;
    this.framework = framework;
    this.evidence = evidence;
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
    var available = open ? evidence.available(assessment.id()) : List.<CouncilIndicator>of();
    model.addAttribute("available", available);
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "availableLabels",
        available.stream()
            .map(
                figure ->
                    messages.getMessage(
                        "staff.evidence.option",
                        new Object[] {
                          figure.name(),
                          figure.disaggregation(),
                          figure.period(),
                          messages.getMessage(
                              "indicators.comparison." + figure.comparison(), null, locale)
                        },
                        locale))
            .toList());
    model.addAttribute("statements", framework.statements());
    return "assessment/indicators";
  }

  @PostMapping("/staff/assessments/{id}/indicators")
  String linkIndicator(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(defaultValue = "") String figure,
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
  @Bean
  static AssessmentSection indicatorsSection() {
    return new AssessmentSection(90, "/indicators", "journey.section.indicators", false);
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
