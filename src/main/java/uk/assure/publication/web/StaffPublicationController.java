package uk.assure.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.domain.ChangeLog;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.factcheck.web.ChangeLogView;
import uk.assure.publication.Publication;
import uk.assure.publication.VersionSummary;
import uk.assure.report.domain.ReportSection;
import uk.assure.report.domain.ReportText;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.Refusals;

/**
 * The staff page about publishing an assessment: what publishing still needs, what changed since
 * the draft the council checked, the published versions, and amending the report.
 */
@Controller
class StaffPublicationController {

  private final AssessmentAccess access;
  private final Publication publication;
  private final FactualAccuracy factualAccuracy;
  private final CouncilRegistry councils;

  StaffPublicationController(
      AssessmentAccess access,
      Publication publication,
      FactualAccuracy factualAccuracy,
      CouncilRegistry councils) {
    this.access = access;
    this.publication = publication;
    this.factualAccuracy = factualAccuracy;
    this.councils = councils;
  }

  @GetMapping("/staff/assessments/{id}/publication")
  String page(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    AmendForm form = new AmendForm();
    List<VersionSummary> versions = publication.versions(assessment.id());
    form.setSeenVersion(versions.size());
    model.addAttribute("amendForm", form);
    return describe(assessment, model);
  }

  @PostMapping("/staff/assessments/{id}/publication/amendments")
  String amend(
      @PathVariable String id,
      @ModelAttribute AmendForm amendForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Publication.AmendOutcome outcome =
        publication.amend(
            assessment, amendForm.getSeenVersion(), amendForm.getNote(), user.email());
    if (outcome instanceof Publication.AmendOutcome.Published published) {
      redirect.addFlashAttribute("amended", published.version());
      return "redirect:/staff/assessments/" + id + "/publication";
    }
    if (outcome instanceof Publication.AmendOutcome.Refused refused) {
      Refusals.onto(errors, refused.refusal());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      errors.reject("publication.amend.stale");
      amendForm.setSeenVersion(((Publication.AmendOutcome.Stale) outcome).latest());
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return describe(assessment, model);
  }

  private String describe(Assessment assessment, Model model) {
    model.addAttribute("assessmentBase", "/staff/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("published", assessment.published());
    List<VersionSummary> versions = publication.versions(assessment.id());
    List<VersionRow> rows =
        new java.util.ArrayList<>(versions.stream().map(VersionRow::of).toList());
    java.util.Collections.reverse(rows);
    model.addAttribute("versions", rows);
    model.addAttribute("gss", assessment.council().value());
    if (!assessment.published()) {
      model.addAttribute("checks", publication.checks(assessment));
    }
    Optional<FactualAccuracyCheck> check = factualAccuracy.check(assessment.id());
    if (check.isPresent()) {
      Optional<List<ReportSection>> finalSections =
          versions.isEmpty()
              ? publication.preview(assessment.id()).map(ReportText::sections)
              : publication.version(assessment.id(), 1).map(v -> v.report().sections());
      finalSections.ifPresent(
          sections ->
              model.addAttribute(
                  "sinceDraft",
                  ChangeLogView.of(
                      ChangeLog.between(check.get().draft().report().sections(), sections))));
      model.addAttribute("draftNumber", check.get().draft().number());
      model.addAttribute(
          "decisions",
          check.get().comments().stream()
              .map(
                  c ->
                      new DecisionRow(
                          check
                              .get()
                              .draft()
                              .report()
                              .section(c.sectionKey())
                              .map(s -> s.heading())
                              .orElse(c.sectionKey()),
                          c.whatIsWrong(),
                          c.correction(),
                          c.decision().map(d -> d.verdict().code()),
                          c.decision().map(d -> d.reason())))
              .toList());
    }
    return "publication/staff-publication";
  }

  /** A comment and its decision, for the change log. */
  record DecisionRow(
      String section,
      String whatIsWrong,
      String correction,
      Optional<String> verdict,
      Optional<String> reason) {}
}
