package uk.assure.inforeturn.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.inforeturn.InformationReturn;
import uk.assure.inforeturn.ReturnState;

/** Staff following a council's information return: what was asked, answered and sent. */
@Controller
class StaffReturnController {

  private final AssessmentAccess access;
  private final InformationReturn informationReturn;
  private final CouncilRegistry councils;

  StaffReturnController(
      AssessmentAccess access, InformationReturn informationReturn, CouncilRegistry councils) {
    this.access = access;
    this.informationReturn = informationReturn;
    this.councils = councils;
  }

  @GetMapping("/staff/assessments/{id}/information-return")
  String overview(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    ReturnState state = informationReturn.state(assessment);
    String base = "/staff/assessments/" + assessment.id();
    model.addAttribute("assessment", assessment);
    model.addAttribute("base", base);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("view", ReturnView.of(state, base, informationReturn.today()));
    model.addAttribute("burden", state.burden());
    return "inforeturn/staff-return";
  }
}
