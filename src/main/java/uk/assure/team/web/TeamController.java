package uk.assure.team.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.Choice;
import uk.assure.shared.web.NotFound;
import uk.assure.team.AssessmentTeams;
import uk.assure.team.domain.Person;
import uk.assure.team.domain.TeamRole;

/** An assessment's team, kept by lead assessors and administrators. */
@Controller
class TeamController {

  private final AssessmentAccess access;
  private final AssessmentTeams teams;
  private final CouncilRegistry councils;
  private final MessageSource messages;

  TeamController(
      AssessmentAccess access,
      AssessmentTeams teams,
      CouncilRegistry councils,
      MessageSource messages) {
    this.access = access;
    this.teams = teams;
    this.councils = councils;
    this.messages = messages;
  }

  /** The team is the first part of every assessment's overview, for staff. */
  @Bean
  static AssessmentSection teamSection() {
    return new AssessmentSection(5, "/team", "team.section", false);
  }

  @GetMapping("/staff/assessments/{id}/team")
  String team(@PathVariable String id, Model model) {
    model.addAttribute("teamForm", new TeamForm());
    return page(access.forStaff(id), model);
  }

  @PostMapping("/staff/assessments/{id}/team")
  String add(
      @PathVariable String id,
      @ModelAttribute TeamForm teamForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Optional<Person> person = parse(teamForm.getPerson()).flatMap(teams::person);
    Optional<TeamRole> role = TeamRole.find(teamForm.getRole());
    if (person.isEmpty()) {
      errors.rejectValue("person", "team.problem.person");
    }
    if (role.isEmpty()) {
      errors.rejectValue("role", "team.problem.role");
    }
    if (!errors.hasErrors()
        && teams.add(assessment, person.get().id(), role.get(), user.email())
            instanceof AssessmentTeams.Outcome.Refused refused) {
      errors.rejectValue(
          "person",
          refused.reason(),
          new Object[] {person.get().email(), councilName(assessment)},
          null);
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(assessment, model);
    }
    redirect.addFlashAttribute("added", person.get().email());
    return "redirect:/staff/assessments/" + id + "/team";
  }

  @PostMapping("/staff/assessments/{id}/team/{person}/remove")
  String remove(
      @PathVariable String id,
      @PathVariable String person,
      @AuthenticationPrincipal AssureUser user,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    Optional<Person> found = parse(person).flatMap(teams::person);
    if (found.isEmpty() || !teams.remove(assessment, found.get().id(), user.email())) {
      throw new NotFound();
    }
    redirect.addFlashAttribute("removed", found.get().email());
    return "redirect:/staff/assessments/" + id + "/team";
  }

  private String page(Assessment assessment, Model model) {
    var team = teams.team(assessment.id());
    model.addAttribute("assessment", assessment);
    model.addAttribute("councilName", councilName(assessment));
    model.addAttribute("team", team);
    model.addAttribute("counts", Arrays.stream(TeamRole.values()).map(team::count).toList());
    model.addAttribute(
        "people",
        teams.candidates().stream()
            .filter(p -> !team.includes(p.id()))
            .map(p -> new Choice(p.id().toString(), label(p)))
            .toList());
    model.addAttribute(
        "roles",
        Arrays.stream(TeamRole.values())
            .map(r -> new Choice(r.code(), text("team.role." + r.code())))
            .toList());
    model.addAttribute("published", assessment.published());
    return "team/team";
  }

  private String label(Person person) {
    return text(
        person.external() ? "team.person.external" : "team.person.staff",
        person.email(),
        text("team.account." + person.role().code()));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private String councilName(Assessment assessment) {
    return councils.find(assessment.council()).orElseThrow().name();
  }

  static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
