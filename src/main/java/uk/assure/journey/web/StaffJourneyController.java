package uk.assure.journey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Journey;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;
import uk.assure.security.AccessRules;
import uk.assure.security.AssureUser;
import uk.assure.security.domain.NeedToKnow;
import uk.assure.security.domain.Role;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.Refusals;

/**
 * The staff overview of an assessment: where it is in its journey, what is due, what happened, and
 * the forms that move it on, reopen a step, or set its dates.
 *
 * <p>It is over 300 lines because the overview and the forms that act on it (move, withdraw, site
 * visit, due date) share the page's description of the assessment; each form is a short
 * Post/Redirect/Get.
 */
@Controller
class StaffJourneyController {

  private final AssessmentAccess access;
  private final AssessmentJourney journey;
  private final CouncilRegistry councils;
  private final List<AssessmentSection> sections;

  private final MessageSource messages;

  StaffJourneyController(
      AssessmentAccess access,
      AssessmentJourney journey,
      CouncilRegistry councils,
      List<AssessmentSection> sections,
      MessageSource messages) {
    this.access = access;
    this.messages = messages;
    this.journey = journey;
    this.councils = councils;
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(AssessmentSection::order)).toList();
  }

  @GetMapping("/staff/assessments/{id}")
  String overview(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forStaff(id);
    JourneyState state = journey.state(assessment);
    describe(assessment, state, model);
    // Only the sections this person may open: an analyst is not led to people's feedback.
    model.addAttribute(
        "sections",
        sections.stream()
            .filter(s -> opens(user.role(), s))
            .map(s -> s.link(assessment.id(), false))
            .toList());
    return "journey/staff-overview";
  }

  /**
   * Whether someone with the role, who may open the assessment's overview, may open a section of it
   * too, by the same rules the requests themselves are checked against.
   */
  static boolean opens(Role role, AssessmentSection section) {
    String pattern = "/staff/assessments/{id}" + section.path();
    return AccessRules.ruleFor(HttpMethod.GET, pattern)
            .map(rule -> rule.allows(Optional.of(role)))
            .orElse(true)
        && NeedToKnow.allows(role, pattern, () -> true);
  }

  @GetMapping("/staff/assessments/{id}/stage")
  String moveForm(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    JourneyState state = journey.state(assessment);
    MoveForm form = new MoveForm();
    form.setSeen(state.stage().code());
    state.stage().next().ifPresent(next -> form.setTo(next.code()));
    model.addAttribute("moveForm", form);
    return movePage(assessment, state, model);
  }

  @PostMapping("/staff/assessments/{id}/stage")
  String move(
      @PathVariable String id,
      @Valid @ModelAttribute MoveForm moveForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    JourneyState state = journey.state(assessment);
    Optional<Stage> seen = stage(moveForm.getSeen());
    Optional<Stage> to = stage(moveForm.getTo());
    if (to.isEmpty()) {
      errors.rejectValue("to", "journey.move.choose");
    }
    if (!errors.hasErrors()
        && seen.isPresent()
        && seen.get() == state.stage()
        && !moveForm.isAcknowledged()
        && !journey.warnings(assessment, seen.get(), to.get()).isEmpty()) {
      // Work left undone does not stop the move, but it is not passed silently either.
      errors.rejectValue("acknowledged", "journey.move.acknowledge");
    }
    if (!errors.hasErrors() && seen.isPresent()) {
      AssessmentJourney.MoveOutcome outcome =
          journey.move(assessment.id(), seen.get(), to.get(), moveForm.getReason(), user.email());
      if (outcome instanceof AssessmentJourney.MoveOutcome.Moved moved) {
        redirect.addFlashAttribute("movedTo", moved.move().to().code());
        return "redirect:/staff/assessments/" + id;
      }
      if (outcome instanceof AssessmentJourney.MoveOutcome.Refused refused) {
        errors.rejectValue(
            refused.refusal() == Journey.Refusal.REASON_REQUIRED
                    || refused.refusal() == Journey.Refusal.REASON_TOO_LONG
                ? "reason"
                : "to",
            "journey.refusal." + refused.refusal().name());
      }
      if (outcome instanceof AssessmentJourney.MoveOutcome.Blocked blocked) {
        Refusals.onto(errors, blocked.reasons().stream().map(r -> r.against("to")).toList());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return movePage(assessment, journey.state(assessment), model);
      }
      if (outcome instanceof AssessmentJourney.MoveOutcome.Stale) {
        response.setStatus(HttpStatus.CONFLICT.value());
        state = journey.state(assessment);
        moveForm.setSeen(state.stage().code());
        errors.reject("journey.move.stale");
        return movePage(assessment, state, model);
      }
    } else if (seen.isEmpty()) {
      errors.reject("journey.move.stale");
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return movePage(assessment, state, model);
  }

  @GetMapping("/staff/assessments/{id}/withdraw")
  String withdrawForm(@PathVariable String id, Model model, HttpServletResponse response) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("withdrawForm", new WithdrawForm());
    return withdrawPage(assessment, model, response);
  }

  @PostMapping("/staff/assessments/{id}/withdraw")
  String withdraw(
      @PathVariable String id,
      @Valid @ModelAttribute WithdrawForm withdrawForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    if (!errors.hasErrors()) {
      AssessmentJourney.WithdrawOutcome outcome =
          journey.withdraw(assessment.id(), withdrawForm.getReason(), user.email());
      if (outcome instanceof AssessmentJourney.WithdrawOutcome.Withdrawn) {
        redirect.addFlashAttribute("withdrawnNow", true);
        return "redirect:/staff/assessments/" + id;
      }
      errors.reject(((AssessmentJourney.WithdrawOutcome.Refused) outcome).problem());
      response.setStatus(HttpStatus.CONFLICT.value());
      return withdrawPage(assessment, model, response);
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return withdrawPage(assessment, model, response);
  }

  @GetMapping("/staff/assessments/{id}/site-visit")
  String siteVisitForm(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    SiteVisitForm form = new SiteVisitForm();
    journey.state(assessment).siteVisitOn().ifPresent(form::fill);
    model.addAttribute("siteVisitForm", form);
    return siteVisitPage(assessment, model);
  }

  @PostMapping("/staff/assessments/{id}/site-visit")
  String setSiteVisit(
      @PathVariable String id,
      @Valid @ModelAttribute SiteVisitForm siteVisitForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Optional<LocalDate> date = siteVisitForm.date(errors);
    if (date.isPresent()) {
      AssessmentJourney.DateOutcome outcome =
          journey.setSiteVisit(assessment.id(), date.get(), user.email());
      if (outcome instanceof AssessmentJourney.DateOutcome.Set set) {
        redirect.addFlashAttribute(
            "dateSet", set.notice().map(n -> n.level().name()).orElse("ENOUGH"));
        return "redirect:/staff/assessments/" + id;
      }
      errors.rejectValue("day", ((AssessmentJourney.DateOutcome.Refused) outcome).problem());
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return siteVisitPage(assessment, model);
  }

  @GetMapping("/staff/assessments/{id}/information-return/due")
  String extendForm(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    ExtendForm form = new ExtendForm();
    journey.state(assessment).informationReturnDue().ifPresent(form::fill);
    model.addAttribute("extendForm", form);
    return extendPage(assessment, model);
  }

  @PostMapping("/staff/assessments/{id}/information-return/due")
  String extend(
      @PathVariable String id,
      @Valid @ModelAttribute ExtendForm extendForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Optional<LocalDate> date = extendForm.date(errors);
    if (date.isPresent() && !errors.hasErrors()) {
      AssessmentJourney.DateOutcome outcome =
          journey.extendInformationReturn(
              assessment.id(), date.get(), extendForm.getReason(), user.email());
      if (outcome instanceof AssessmentJourney.DateOutcome.Set) {
        redirect.addFlashAttribute("dateSet", "EXTENDED");
        return "redirect:/staff/assessments/" + id;
      }
      errors.rejectValue("day", ((AssessmentJourney.DateOutcome.Refused) outcome).problem());
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return extendPage(assessment, model);
  }

  private void describe(Assessment assessment, JourneyState state, Model model) {
    model.addAttribute("assessment", assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("started", JourneyView.DATE.format(assessment.startedOn()));
    model.addAttribute("journey", JourneyView.of(state, journey.deadlines(), journey.today()));
    model.addAttribute("informationReturnOpen", state.informationReturnOpen());
    model.addAttribute("published", state.stage().published());
    model.addAttribute("withdrawn", state.withdrawn() || assessment.withdrawn());
    model.addAttribute(
        "withdrawal",
        state
            .withdrawal()
            .map(
                w ->
                    new WithdrawalView(
                        JourneyView.DATE.format(w.at().atZone(JourneyView.LONDON)),
                        w.actor(),
                        w.reason()))
            .orElse(null));
    model.addAttribute(
        "sections", sections.stream().map(s -> s.link(assessment.id(), false)).toList());
  }

  private String movePage(Assessment assessment, JourneyState state, Model model) {
    describe(assessment, state, model);
    model.addAttribute(
        "warnings",
        state.withdrawn()
            ? List.of()
            : state
                .stage()
                .next()
                .map(next -> journey.warnings(assessment, state.stage(), next))
                .orElse(List.of()));
    model.addAttribute("nextStage", state.stage().next().map(Stage::code).orElse(null));
    List<String> moves =
        Journey.movesFrom(state.stage(), state.withdrawn()).stream().map(Stage::code).toList();
    model.addAttribute("moves", moves);
    model.addAttribute("moveLabels", moveLabels(moves));
    return "journey/move";
  }

  /** The first move goes on to the next stage; the others reopen an earlier one. */
  private List<String> moveLabels(List<String> moves) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      String stage = messages.getMessage("journey.stage." + moves.get(i), null, locale);
      String key = i == 0 ? "journey.move.forward" : "journey.move.reopen";
      labels.add(messages.getMessage(key, new Object[] {stage}, locale));
    }
    return labels;
  }

  private String withdrawPage(Assessment assessment, Model model, HttpServletResponse response) {
    JourneyState state = journey.state(assessment);
    if (state.withdrawn() || assessment.withdrawn() || assessment.published()) {
      // Nothing left to withdraw: say so on the form rather than offering it.
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "closedKey",
          assessment.published() ? "journey.withdraw.published" : "journey.withdraw.already");
    }
    describe(assessment, state, model);
    return "journey/withdraw";
  }

  /** When, by whom and why an assessment was withdrawn, as the page shows it. */
  record WithdrawalView(String on, String actor, String reason) {}

  private String siteVisitPage(Assessment assessment, Model model) {
    describe(assessment, journey.state(assessment), model);
    return "journey/site-visit";
  }

  private String extendPage(Assessment assessment, Model model) {
    describe(assessment, journey.state(assessment), model);
    return "journey/extend";
  }

  private static Optional<Stage> stage(String code) {
    return Arrays.stream(Stage.values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
