package uk.assure.journey.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;

/**
 * A council's view of its own assessment: the step it is at, what is due, and the parts the council
 * takes part in once it has been notified.
 */
@Controller
class CouncilJourneyController {

  private final AssessmentAccess access;
  private final AssessmentJourney journey;
  private final CouncilRegistry councils;
  private final List<AssessmentSection> sections;

  CouncilJourneyController(
      AssessmentAccess access,
      AssessmentJourney journey,
      CouncilRegistry councils,
      List<AssessmentSection> sections) {
    this.access = access;
    this.journey = journey;
    this.councils = councils;
    this.sections =
        sections.stream()
            .filter(AssessmentSection::forCouncil)
            .sorted(Comparator.comparingInt(AssessmentSection::order))
            .toList();
  }

  @GetMapping("/council/assessments/{id}")
  String overview(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    JourneyState state = journey.state(assessment);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("started", JourneyView.DATE.format(assessment.startedOn()));
    model.addAttribute("journey", JourneyView.of(state, journey.deadlines(), journey.today()));
    model.addAttribute("withdrawnReason", state.withdrawal().map(w -> w.reason()).orElse(null));
    model.addAttribute(
        "sections",
        state.stage().isBefore(Stage.NOTIFIED)
            ? List.of()
            : sections.stream().map(s -> s.link(assessment.id(), true)).toList());
    return "journey/council-overview";
  }
}
