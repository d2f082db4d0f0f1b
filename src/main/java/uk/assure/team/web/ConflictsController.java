package uk.assure.team.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.Choice;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;
import uk.assure.team.AssessmentTeams;
import uk.assure.team.ConflictsOfInterest;
import uk.assure.team.domain.Conflict;
import uk.assure.team.domain.Person;

/**
 * Conflicts of interest: each person declares their own; administrators see everyone's, record
 * conflicts for anyone and mark accounts as external reviewers'.
 */
@Controller
class ConflictsController {

  /** A conflict as the pages show it. */
  record ConflictRow(String council, String reason, String recordedBy) {}

  /** A member of staff as the administrators' page shows them. */
  record PersonRow(
      String id, String email, String role, boolean external, List<ConflictRow> conflicts) {}

  private final ConflictsOfInterest conflicts;
  private final AssessmentTeams teams;
  private final CouncilRegistry councils;

  ConflictsController(
      ConflictsOfInterest conflicts, AssessmentTeams teams, CouncilRegistry councils) {
    this.conflicts = conflicts;
    this.teams = teams;
    this.councils = councils;
  }

  @GetMapping("/staff/conflicts")
  String own(@AuthenticationPrincipal AssureUser user, Model model) {
    model.addAttribute("conflictForm", new ConflictForm());
    return ownPage(user, model);
  }

  @PostMapping("/staff/conflicts")
  String declare(
      @ModelAttribute ConflictForm conflictForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (conflicts.declare(
            user.id(), conflictForm.getCouncil(), conflictForm.getReason(), user.email())
        instanceof ConflictsOfInterest.Outcome.Refused refused) {
      Refusals.onto(errors, refused.refusal());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return ownPage(user, model);
    }
    redirect.addFlashAttribute("declared", councilName(conflictForm.getCouncil()));
    return "redirect:/staff/conflicts";
  }

  @GetMapping("/staff/admin/people")
  String people(Model model) {
    model.addAttribute("conflictForm", new ConflictForm());
    return peoplePage(model);
  }

  @PostMapping("/staff/admin/people/conflicts")
  String record(
      @ModelAttribute ConflictForm conflictForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser admin,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<Person> person = TeamController.parse(conflictForm.getPerson()).flatMap(teams::person);
    if (person.isEmpty()) {
      errors.rejectValue("person", "conflict.problem.person");
    } else if (conflicts.declare(
            person.get().id(), conflictForm.getCouncil(), conflictForm.getReason(), admin.email())
        instanceof ConflictsOfInterest.Outcome.Refused refused) {
      Refusals.onto(errors, refused.refusal());
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return peoplePage(model);
    }
    redirect.addFlashAttribute("declared", councilName(conflictForm.getCouncil()));
    return "redirect:/staff/admin/people";
  }

  @PostMapping("/staff/admin/people/{person}/external")
  String external(
      @PathVariable String person,
      @RequestParam(defaultValue = "false") boolean external,
      @AuthenticationPrincipal AssureUser admin,
      RedirectAttributes redirect) {
    UUID id = TeamController.parse(person).orElseThrow(() -> new NotFound());
    if (!teams.setExternal(id, external, admin.email())) {
      throw new NotFound();
    }
    redirect.addFlashAttribute("externalSet", teams.person(id).map(Person::email).orElse(""));
    return "redirect:/staff/admin/people";
  }

  private String ownPage(AssureUser user, Model model) {
    model.addAttribute("conflicts", rows(conflicts.of(user.id())));
    model.addAttribute("councils", councilChoices());
    return "team/conflicts";
  }

  private String peoplePage(Model model) {
    List<Person> staff = teams.staff();
    model.addAttribute(
        "people",
        staff.stream()
            .map(
                p ->
                    new PersonRow(
                        p.id().toString(),
                        p.email(),
                        p.role().code(),
                        p.external(),
                        rows(conflicts.of(p.id()))))
            .toList());
    model.addAttribute(
        "peopleChoices",
        staff.stream().map(p -> new Choice(p.id().toString(), p.email())).toList());
    model.addAttribute("councils", councilChoices());
    return "team/people";
  }

  private List<ConflictRow> rows(List<Conflict> list) {
    Map<GssCode, String> names = names();
    return list.stream()
        .map(c -> new ConflictRow(names.get(c.council()), c.reason(), c.recordedBy()))
        .toList();
  }

  private List<Choice> councilChoices() {
    return councils.all().stream()
        .sorted(java.util.Comparator.comparing(Council::name))
        .map(c -> new Choice(c.gss().value(), c.name()))
        .toList();
  }

  private String councilName(String gss) {
    return GssCode.parse(gss).flatMap(councils::find).map(Council::name).orElse(gss);
  }

  private Map<GssCode, String> names() {
    return councils.all().stream().collect(Collectors.toMap(Council::gss, Council::name));
  }
}
