package uk.assure.casetracking.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import uk.assure.assessment.domain.Assessment;
import uk.assure.casetracking.CaseTracking;
import uk.assure.casetracking.domain.CaseRecord;
import uk.assure.council.CouncilRegistry;
import uk.assure.evidence.web.EvidenceNoteForm;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;

/** Staff drawing the case sample, seeing its coverage, and reviewing the cases followed. */
@Controller
class StaffCasesController {

  private final AssessmentAccess access;
  private final CaseTracking cases;
  private final CouncilRegistry councils;
  private final Framework framework;

  StaffCasesController(
      AssessmentAccess access, CaseTracking cases, CouncilRegistry councils, Framework framework) {
    this.access = access;
    this.cases = cases;
    this.councils = councils;
    this.framework = framework;
  }

  @Bean
  static AssessmentSection casesSection() {
    return new AssessmentSection(40, "/cases", "cases.section", true);
  }

  @GetMapping("/staff/assessments/{id}/cases")
  String page(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    CaseTracking.State state = cases.state(assessment);
    SampleForm form = new SampleForm();
    state
        .sample()
        .ifPresent(
            s -> {
              form.setListSize(s.draw().listSize());
              form.setFollowSize(s.draw().followSize());
            });
    model.addAttribute("sampleForm", form);
    return overview(assessment, state, model);
  }

  @PostMapping("/staff/assessments/{id}/cases/sample")
  String redraw(
      @PathVariable String id,
      @Valid @ModelAttribute SampleForm sampleForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    CaseTracking.State state = cases.state(assessment);
    if (state.list().isEmpty()) {
      errors.reject("cases.sample.noList");
    }
    if (!errors.hasErrors() && sampleForm.getFollowSize() > sampleForm.getListSize()) {
      errors.rejectValue("followSize", "cases.sample.followMoreThanListed");
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return overview(assessment, state, model);
    }
    cases.redraw(assessment, sampleForm.getListSize(), sampleForm.getFollowSize(), user.email());
    redirect.addFlashAttribute("drawn", true);
    return "redirect:/staff/assessments/" + id + "/cases";
  }

  @GetMapping("/staff/assessments/{id}/cases/{reference}")
  String casePage(@PathVariable String id, @PathVariable String reference, Model model) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("evidenceNoteForm", new EvidenceNoteForm());
    model.addAttribute("consentForm", new ConsentForm());
    return casePage(assessment, cases.state(assessment), reference, model);
  }

  @PostMapping("/staff/assessments/{id}/cases/{reference}/notes")
  String addNote(
      @PathVariable String id,
      @PathVariable String reference,
      @Valid @ModelAttribute EvidenceNoteForm evidenceNoteForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    CaseTracking.State state = cases.state(assessment);
    sampledCase(state, reference);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("consentForm", new ConsentForm());
      return casePage(assessment, state, reference, model);
    }
    cases.addNote(
        assessment,
        reference,
        evidenceNoteForm.getBody().strip(),
        evidenceNoteForm.evidenceCategory(),
        evidenceNoteForm.chosenStatements(),
        user.email());
    redirect.addFlashAttribute("noted", true);
    return "redirect:/staff/assessments/" + id + "/cases/" + reference;
  }

  @PostMapping("/staff/assessments/{id}/cases/{reference}/consent")
  String recordConsent(
      @PathVariable String id,
      @PathVariable String reference,
      @Valid @ModelAttribute ConsentForm consentForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    CaseTracking.State state = cases.state(assessment);
    sampledCase(state, reference);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("evidenceNoteForm", new EvidenceNoteForm());
      return casePage(assessment, state, reference, model);
    }
    cases.recordConsent(
        assessment,
        reference,
        consentForm.getConsent(),
        consentForm.getHow().strip(),
        user.email());
    redirect.addFlashAttribute("consented", true);
    return "redirect:/staff/assessments/" + id + "/cases/" + reference;
  }

  private String overview(Assessment assessment, CaseTracking.State state, Model model) {
    describe(assessment, model);
    model.addAttribute("state", state);
    return "casetracking/staff-cases";
  }

  private String casePage(
      Assessment assessment, CaseTracking.State state, String reference, Model model) {
    describe(assessment, model);
    model.addAttribute("case", sampledCase(state, reference));
    model.addAttribute("consent", state.consents().get(reference));
    model.addAttribute(
        "notes", state.notes().stream().filter(n -> n.reference().equals(reference)).toList());
    model.addAttribute("statements", framework.statements());
    model.addAttribute(
        "categories",
        List.of(
            EvidenceCategory.PEOPLE_EXPERIENCE,
            EvidenceCategory.FEEDBACK_STAFF_LEADERS,
            EvidenceCategory.FEEDBACK_PARTNERS,
            EvidenceCategory.PROCESSES));
    return "casetracking/staff-case";
  }

  private void describe(Assessment assessment, Model model) {
    model.addAttribute("assessment", assessment);
    model.addAttribute("base", "/staff/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
  }

  /** A case of the current sample; 404 for any other reference. */
  private static CaseRecord sampledCase(CaseTracking.State state, String reference) {
    if (!state.sampled(reference)) {
      throw new NotFound();
    }
    return state.find(reference).orElseThrow();
  }
}
