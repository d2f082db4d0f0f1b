package uk.assure.assessment.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.council.CouncilRegistry;
import uk.assure.security.AssureUser;

/**
 * The area for a council's own staff: their council's assessments and nothing of any other
 * council's. An assessment of another council is "not found", so its existence is not revealed.
 */
@Controller
class CouncilAreaController {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final AssessmentRecords assessments;
  private final CouncilRegistry councils;

  CouncilAreaController(AssessmentRecords assessments, CouncilRegistry councils) {
    this.assessments = assessments;
    this.councils = councils;
  }

  @GetMapping("/council")
  String home(@AuthenticationPrincipal AssureUser user, Model model) {
    var council = user.council().flatMap(councils::find).orElseThrow();
    model.addAttribute("council", council);
    model.addAttribute(
        "open",
        assessments.inProgress().stream()
            .filter(e -> e.assessment().council().equals(council.gss()))
            .map(
                e ->
                    new OpenAssessment(
                        "/council/assessments/" + e.assessment().id(),
                        DATE.format(e.assessment().startedOn())))
            .toList());
    // A published assessment stays the council's to read and to ask a review of.
    model.addAttribute(
        "published",
        assessments.allPublished(false).stream()
            .filter(a -> a.council().equals(council.gss()))
            .map(
                a ->
                    new PublishedAssessment(
                        "/council/assessments/" + a.id(),
                        DATE.format(a.publishedOn().orElseThrow())))
            .toList());
    return "assessment/council-home";
  }

  /** One of the council's own open assessments. */
  record OpenAssessment(String href, String started) {}

  /** One of the council's own published assessments, newest first. */
  record PublishedAssessment(String href, String published) {}
}
