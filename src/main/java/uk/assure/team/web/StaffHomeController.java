package uk.assure.team.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.security.AssureUser;
import uk.assure.team.AssessmentTeams;
import uk.assure.team.domain.DueDates;
import uk.assure.team.domain.Team;
import uk.assure.team.domain.TeamMember;

/**
 * The staff home, with each person's own assessments (those whose team they are on), and every
 * assessment in one table for lead assessors, administrators and the panel, filterable by stage,
 * region and team member.
 */
@Controller
class StaffHomeController {

  private final AssessmentRecords assessments;
  private final AssessmentJourney journey;
  private final AssessmentTeams teams;
  private final CouncilRegistry councils;

  StaffHomeController(
      AssessmentRecords assessments,
      AssessmentJourney journey,
      AssessmentTeams teams,
      CouncilRegistry councils) {
    this.assessments = assessments;
    this.journey = journey;
    this.teams = teams;
    this.councils = councils;
  }

  @GetMapping("/staff")
  String home(@AuthenticationPrincipal AssureUser user, Model model) {
    Set<AssessmentId> mine = teams.assessmentsOf(user.id());
    model.addAttribute(
        "assessments",
        rows(every().stream().filter(a -> mine.contains(a.id())).toList(), Optional.of(user.id())));
    return "team/staff-home";
  }

  @GetMapping("/staff/assessments")
  String all(
      @RequestParam(defaultValue = "") String stage,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String member,
      Model model) {
    Map<GssCode, Council> byGss = councilsByCode();
    Optional<Stage> stageWanted =
        Arrays.stream(Stage.values()).filter(s -> s.code().equals(stage)).findFirst();
    Optional<Set<AssessmentId>> memberOf = TeamController.parse(member).map(teams::assessmentsOf);
    List<AssessmentRow> rows =
        rows(
                every().stream()
                    .filter(a -> region.isEmpty() || byGss.get(a.council()).region().equals(region))
                    .filter(a -> memberOf.map(ids -> ids.contains(a.id())).orElse(true))
                    .toList(),
                Optional.empty())
            .stream()
            .filter(r -> stageWanted.map(s -> s.code().equals(r.stage())).orElse(true))
            .toList();
    model.addAttribute("assessments", rows);
    model.addAttribute("stages", Arrays.stream(Stage.values()).map(Stage::code).toList());
    model.addAttribute(
        "regions", byGss.values().stream().map(Council::region).distinct().sorted().toList());
    model.addAttribute("members", teams.candidates());
    model.addAttribute("stage", stageWanted.map(Stage::code).orElse(""));
    model.addAttribute("region", region);
    model.addAttribute("member", memberOf.isPresent() ? member : "");
    model.addAttribute(
        "filtered", stageWanted.isPresent() || !region.isEmpty() || memberOf.isPresent());
    return "team/all-assessments";
  }

  /** Every real assessment: those in progress, then the published ones. */
  private List<Assessment> every() {
    List<Assessment> all = new ArrayList<>();
    assessments.inProgress().stream()
        .map(EditableAssessment::assessment)
        .filter(a -> !a.demo())
        .forEach(all::add);
    all.addAll(assessments.allPublished(false));
    return all;
  }

  private List<AssessmentRow> rows(List<Assessment> list, Optional<java.util.UUID> viewer) {
    Map<GssCode, Council> byGss = councilsByCode();
    var today = journey.today();
    return list.stream()
        .map(
            a -> {
              var state = journey.state(a);
              DueDates dates = DueDates.of(state, today);
              Team team = teams.team(a.id());
              Council council = byGss.get(a.council());
              return new AssessmentRow(
                  "/staff/assessments/" + a.id(),
                  council.name(),
                  council.region(),
                  state.stage().code(),
                  viewer
                      .flatMap(
                          v ->
                              team.members().stream()
                                  .filter(m -> m.person().id().equals(v))
                                  .findFirst())
                      .map(m -> m.role().code())
                      .orElse(""),
                  team.lead().map(TeamMember::person).map(p -> p.email()).orElse(""),
                  dates.next().map(StaffHomeController::dated).orElse(null),
                  dates.overdue().stream().map(StaffHomeController::dated).toList());
            })
        .sorted(Comparator.comparing(AssessmentRow::council))
        .toList();
  }

  private static AssessmentRow.Dated dated(DueDates.Due due) {
    return new AssessmentRow.Dated(due.kind().code(), AssessmentRow.DATE.format(due.on()));
  }

  private Map<GssCode, Council> councilsByCode() {
    return councils.all().stream().collect(Collectors.toMap(Council::gss, Function.identity()));
  }
}
