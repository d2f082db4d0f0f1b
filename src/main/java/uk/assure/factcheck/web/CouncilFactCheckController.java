package uk.assure.factcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.document.Documents;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.PublishedChanges;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;
import uk.assure.shared.web.SubmissionKey;

/**
 * A council's factual accuracy check of its draft report: reading the draft, commenting on its
 * sections with evidence, and submitting the comments once.
 */
@Controller
class CouncilFactCheckController {

  private final AssessmentAccess access;
  private final FactualAccuracy factualAccuracy;
  private final Documents documents;
  private final CouncilRegistry councils;
  private final PublishedChanges publication;

  CouncilFactCheckController(
      AssessmentAccess access,
      FactualAccuracy factualAccuracy,
      Documents documents,
      CouncilRegistry councils,
      PublishedChanges publication) {
    this.access = access;
    this.factualAccuracy = factualAccuracy;
    this.documents = documents;
    this.councils = councils;
    this.publication = publication;
  }

  @GetMapping("/council/assessments/{id}/factual-accuracy")
  String check(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    CommentForm form = new CommentForm();
    Optional<FactualAccuracyCheck> check = factualAccuracy.check(assessment.id());
    check.ifPresent(c -> form.setDraft(c.draft().number()));
    model.addAttribute("commentForm", form);
    return page(assessment, check, model);
  }

  @GetMapping("/council/assessments/{id}/factual-accuracy/draft")
  String draft(@PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    FactualAccuracyCheck check = sent(assessment);
    model.addAttribute("draft", check.draft());
    model.addAttribute("sentOn", check.draft().sentOn().format(FactualAccuracy.DATE));
    model.addAttribute("base", "/council/assessments/" + id + "/factual-accuracy");
    return "factcheck/draft";
  }

  @GetMapping("/council/assessments/{id}/factual-accuracy/draft.pdf")
  ResponseEntity<byte[]> draftPdf(
      @PathVariable String id, @AuthenticationPrincipal AssureUser user) {
    Assessment assessment = access.forCouncilUser(user, id);
    FactualAccuracyCheck check = sent(assessment);
    return DraftResponses.pdf(
        check.draft().report().pdf(), "draft-report-" + check.draft().number() + ".pdf");
  }

  @PostMapping("/council/assessments/{id}/factual-accuracy/comments")
  String comment(
      @PathVariable String id,
      @ModelAttribute CommentForm commentForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forCouncilUser(user, id);
    sent(assessment);
    FactualAccuracy.Outcome outcome =
        factualAccuracy.comment(
            assessment,
            SubmissionKey.of(commentForm.getKey()),
            commentForm.getDraft(),
            commentForm.getSection(),
            commentForm.getWhatIsWrong(),
            commentForm.getCorrection(),
            commentForm.upload(),
            user.email());
    if (outcome instanceof FactualAccuracy.Outcome.Done) {
      redirect.addFlashAttribute("commented", true);
      return "redirect:/council/assessments/" + id + "/factual-accuracy";
    }
    if (outcome instanceof FactualAccuracy.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      errors.reject("factcheck.stale");
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return page(assessment, model);
  }

  @PostMapping("/council/assessments/{id}/factual-accuracy/submission")
  String submit(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int draft,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forCouncilUser(user, id);
    sent(assessment);
    FactualAccuracy.Outcome outcome = factualAccuracy.submit(assessment, draft, user.email());
    if (outcome instanceof FactualAccuracy.Outcome.Done) {
      redirect.addFlashAttribute("submitted", true);
      return "redirect:/council/assessments/" + id + "/factual-accuracy";
    }
    CommentForm form = new CommentForm();
    form.setDraft(draft);
    model.addAttribute("commentForm", form);
    if (outcome instanceof FactualAccuracy.Outcome.Refused refused) {
      model.addAttribute("submitProblem", refused.problems().get(0).key());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      model.addAttribute("submitProblem", "factcheck.stale");
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return page(assessment, model);
  }

  private FactualAccuracyCheck sent(Assessment assessment) {
    return factualAccuracy.check(assessment.id()).orElseThrow(() -> new NotFound());
  }

  private String page(Assessment assessment, Model model) {
    return page(assessment, factualAccuracy.check(assessment.id()), model);
  }

  private String page(Assessment assessment, Optional<FactualAccuracyCheck> check, Model model) {
    String base = "/council/assessments/" + assessment.id() + "/factual-accuracy";
    model.addAttribute("base", base);
    model.addAttribute("assessmentBase", "/council/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    check.ifPresent(
        c -> {
          model.addAttribute(
              "check",
              CheckView.of(
                  c, factualAccuracy.today(), CheckView.byId(documents.inAssessment(assessment))));
          publication
              .sinceDraft(assessment.id(), c.draft().report())
              .ifPresent(log -> model.addAttribute("sinceDraft", ChangeLogView.of(log)));
        });
    model.addAttribute("limit", (documents.limitBytes() / (1024 * 1024)) + " MB");
    return "factcheck/council-check";
  }
}
