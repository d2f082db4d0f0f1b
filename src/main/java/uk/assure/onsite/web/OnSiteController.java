package uk.assure.onsite.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import uk.assure.council.CouncilRegistry;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.evidence.web.EvidenceNoteForm;
import uk.assure.framework.domain.Framework;
import uk.assure.onsite.OnSitePlan;
import uk.assure.onsite.domain.AttendeeRole;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionClash;
import uk.assure.onsite.domain.SessionKind;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.SubmissionKey;

/** Planning the on-site visit's sessions, notes from them, and the council's view of the plan. */
@Controller
class OnSiteController {

  private final AssessmentAccess access;
  private final OnSitePlan plan;
  private final CouncilRegistry councils;
  private final Framework framework;

  OnSiteController(
      AssessmentAccess access, OnSitePlan plan, CouncilRegistry councils, Framework framework) {
    this.access = access;
    this.plan = plan;
    this.councils = councils;
    this.framework = framework;
  }

  @Bean
  static AssessmentSection onSiteSection() {
    return new AssessmentSection(60, "/on-site", "onsite.section", true);
  }

  @GetMapping("/staff/assessments/{id}/on-site")
  String staffPlan(@PathVariable String id, Model model) {
    return planPage(access.forStaff(id), false, model);
  }

  @GetMapping("/council/assessments/{id}/on-site")
  String councilPlan(
      @PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    return planPage(access.forCouncilUser(user, id), true, model);
  }

  @GetMapping("/staff/assessments/{id}/on-site/new")
  String newSession(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    SessionForm form = new SessionForm();
    form.setKey(SubmissionKey.fresh());
    assessment.siteVisitOn().ifPresent(form::fill);
    model.addAttribute("sessionForm", form);
    return sessionForm(assessment, model);
  }

  @PostMapping("/staff/assessments/{id}/on-site/new")
  String planSession(
      @PathVariable String id,
      @Valid @ModelAttribute SessionForm sessionForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Optional<LocalDate> on = sessionForm.date(errors);
    if (assessment.published()) {
      errors.reject("onsite.problem.published");
    }
    List<AttendeeRole> attendees = sessionForm.attendeeRoles();
    if (attendees.size() != sessionForm.getAttendees().size()) {
      errors.rejectValue("attendees", "onsite.problem.attendees");
    }
    if (!errors.hasFieldErrors("starts")
        && !errors.hasFieldErrors("ends")
        && !sessionForm.endTime().isAfter(sessionForm.startTime())) {
      errors.rejectValue("ends", "onsite.problem.endsBeforeStart");
    }
    UUID key = SubmissionKey.of(sessionForm.getKey());
    sessionForm.setKey(key.toString());
    if (errors.hasErrors() || on.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return sessionForm(assessment, model);
    }
    Optional<SessionClash.Clash> clash =
        plan.plan(
            assessment,
            new Session(
                key,
                SessionKind.find(sessionForm.getKind()).orElseThrow(),
                sessionForm.getTitle().strip(),
                on.get(),
                sessionForm.startTime(),
                sessionForm.endTime(),
                sessionForm.getPlace().strip(),
                attendees,
                sessionForm.getAssessors().strip(),
                user.email(),
                plan.now()));
    if (clash.isPresent()) {
      Session other = clash.get().with();
      errors.rejectValue(
          clash.get().kind() == SessionClash.Kind.ROOM ? "place" : "assessors",
          "onsite.problem.clash." + clash.get().kind().name().toLowerCase(java.util.Locale.ROOT),
          new Object[] {
            clash.get().who(),
            other.title(),
            new SessionView().time(other.starts()),
            new SessionView().time(other.ends())
          },
          null);
      response.setStatus(HttpStatus.CONFLICT.value());
      return sessionForm(assessment, model);
    }
    redirect.addFlashAttribute("planned", sessionForm.getTitle().strip());
    return "redirect:/staff/assessments/" + id + "/on-site";
  }

  @GetMapping("/staff/assessments/{id}/on-site/{session}")
  String session(@PathVariable String id, @PathVariable String session, Model model) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("evidenceNoteForm", new EvidenceNoteForm());
    return sessionPage(assessment, find(assessment, session), model);
  }

  @PostMapping("/staff/assessments/{id}/on-site/{session}/notes")
  String addNote(
      @PathVariable String id,
      @PathVariable String session,
      @Valid @ModelAttribute EvidenceNoteForm evidenceNoteForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Session found = find(assessment, session);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return sessionPage(assessment, found, model);
    }
    plan.addNote(
        assessment,
        found.id(),
        evidenceNoteForm.getBody().strip(),
        evidenceNoteForm.evidenceCategory(),
        evidenceNoteForm.chosenStatements(),
        user.email());
    redirect.addFlashAttribute("noted", true);
    return "redirect:/staff/assessments/" + id + "/on-site/" + session;
  }

  private String planPage(Assessment assessment, boolean council, Model model) {
    describe(assessment, council, model);
    model.addAttribute("sessions", plan.sessions(assessment.id()));
    model.addAttribute("council", council);
    model.addAttribute(
        "siteVisit", assessment.siteVisitOn().map(SessionView.DATE::format).orElse(""));
    return "onsite/plan";
  }

  private String sessionForm(Assessment assessment, Model model) {
    describe(assessment, false, model);
    model.addAttribute("kinds", SessionKind.values());
    model.addAttribute("roles", AttendeeRole.values());
    return "onsite/new-session";
  }

  private String sessionPage(Assessment assessment, Session session, Model model) {
    describe(assessment, false, model);
    model.addAttribute("onSiteSession", session);
    model.addAttribute(
        "notes",
        plan.notes(assessment.id()).stream()
            .filter(n -> n.session().equals(session.id()))
            .toList());
    model.addAttribute("statements", framework.statements());
    model.addAttribute("categories", CoverageMatrix.CATEGORIES);
    return "onsite/session";
  }

  private void describe(Assessment assessment, boolean council, Model model) {
    model.addAttribute(
        "base", (council ? "/council/assessments/" : "/staff/assessments/") + assessment.id());
    model.addAttribute("councilName", councils.find(assessment.council()).orElseThrow().name());
    model.addAttribute("view", new SessionView());
  }

  private Session find(Assessment assessment, String id) {
    return plan.sessions(assessment.id()).stream()
        .filter(s -> s.id().toString().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound());
  }
}
