package uk.assure.inforeturn.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import uk.assure.document.StoredDocument;
import uk.assure.document.Upload;
import uk.assure.inforeturn.AnswerRequest;
import uk.assure.inforeturn.InformationReturn;
import uk.assure.inforeturn.ReturnState;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;

/** A council answering its information return, request by request. */
@Controller
class CouncilReturnController {

  private final AssessmentAccess access;
  private final InformationReturn informationReturn;
  private final CouncilRegistry councils;

  CouncilReturnController(
      AssessmentAccess access, InformationReturn informationReturn, CouncilRegistry councils) {
    this.access = access;
    this.informationReturn = informationReturn;
    this.councils = councils;
  }

  @GetMapping("/council/assessments/{id}/information-return")
  String overview(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    describe(assessment, informationReturn.state(assessment), model);
    return "inforeturn/council-return";
  }

  @GetMapping("/council/assessments/{id}/information-return/{code}")
  String request(
      @PathVariable String id,
      @PathVariable String code,
      @AuthenticationPrincipal AssureUser user,
      Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    ReturnState state = informationReturn.state(assessment);
    AnswerForm form = new AnswerForm();
    form.setSeenVersion(known(state, code));
    model.addAttribute("answerForm", form);
    return requestPage(assessment, state, code, model);
  }

  @PostMapping("/council/assessments/{id}/information-return/{code}")
  String answer(
      @PathVariable String id,
      @PathVariable String code,
      @ModelAttribute AnswerForm answerForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forCouncilUser(user, id);
    known(informationReturn.state(assessment), code);
    Optional<LocalDate> effective = answerForm.effectiveOn(errors);
    if (!errors.hasErrors()) {
      AnswerRequest request =
          new AnswerRequest(
              answerForm.getKind(),
              answerForm.getSeenVersion(),
              effective,
              answerForm.chosenFiles().stream()
                  .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f::getInputStream))
                  .toList(),
              answerForm.isKeepDocuments(),
              answerForm.getReferenceDocument(),
              answerForm.getSection(),
              answerForm.getPageFrom(),
              answerForm.getPageTo(),
              answerForm.getLink(),
              answerForm.getReason());
      InformationReturn.Outcome outcome =
          informationReturn.answer(assessment, code, request, user.email());
      if (outcome instanceof InformationReturn.Outcome.Answered answered) {
        redirect.addFlashAttribute("answered", code);
        redirect.addFlashAttribute(
            "alreadyHeld", answered.alreadyHeld().stream().map(StoredDocument::fileName).toList());
        return "redirect:/council/assessments/" + id + "/information-return";
      }
      if (outcome instanceof InformationReturn.Outcome.Stale) {
        response.setStatus(HttpStatus.CONFLICT.value());
        ReturnState state = informationReturn.state(assessment);
        answerForm.setSeenVersion(state.currentVersion(code));
        errors.reject("inforeturn.answer.stale");
        return requestPage(assessment, state, code, model);
      }
      Refusals.onto(errors, ((InformationReturn.Outcome.Refused) outcome).refusals());
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return requestPage(assessment, informationReturn.state(assessment), code, model);
  }

  /** The current answer version of a request of this assessment; 404 for any other request. */
  private static int known(ReturnState state, String code) {
    if (state.item(code).isEmpty()) {
      throw new NotFound();
    }
    return state.currentVersion(code);
  }

  private String requestPage(Assessment assessment, ReturnState state, String code, Model model) {
    ReturnView view = describe(assessment, state, model);
    model.addAttribute(
        "item", view.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow());
    List<StoredDocument> documents = List.copyOf(state.documents().values());
    model.addAttribute("documents", documents);
    model.addAttribute("limit", (informationReturn.uploadLimitBytes() / (1024 * 1024)) + " MB");
    return "inforeturn/council-request";
  }

  private ReturnView describe(Assessment assessment, ReturnState state, Model model) {
    String base = "/council/assessments/" + assessment.id();
    ReturnView view = ReturnView.of(state, base, informationReturn.today());
    model.addAttribute("assessment", assessment);
    model.addAttribute("base", base);
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("view", view);
    return view;
  }
}
