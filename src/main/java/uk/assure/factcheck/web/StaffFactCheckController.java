package uk.assure.factcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.document.Documents;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.factcheck.domain.Verdict;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.Choice;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;

/** The assessors' side of the factual accuracy check: the draft sent and deciding each comment. */
@Controller
class StaffFactCheckController {

  private final AssessmentAccess access;
  private final FactualAccuracy factualAccuracy;
  private final Documents documents;
  private final CouncilRegistry councils;
  private final MessageSource messages;

  StaffFactCheckController(
      AssessmentAccess access,
      FactualAccuracy factualAccuracy,
      Documents documents,
      CouncilRegistry councils,
      MessageSource messages) {
    this.access = access;
    this.factualAccuracy = factualAccuracy;
    this.documents = documents;
    this.councils = councils;
    this.messages = messages;
  }

  @GetMapping("/staff/assessments/{id}/factual-accuracy")
  String check(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    describe(assessment, model);
    return "factcheck/staff-check";
  }

  @GetMapping("/staff/assessments/{id}/factual-accuracy/draft")
  String draft(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    FactualAccuracyCheck check = sent(assessment);
    model.addAttribute("draft", check.draft());
    model.addAttribute("sentOn", check.draft().sentOn().format(FactualAccuracy.DATE));
    model.addAttribute("base", "/staff/assessments/" + id + "/factual-accuracy");
    return "factcheck/draft";
  }

  @GetMapping("/staff/assessments/{id}/factual-accuracy/draft.pdf")
  ResponseEntity<byte[]> draftPdf(@PathVariable String id) {
    FactualAccuracyCheck check = sent(access.forStaff(id));
    return DraftResponses.pdf(
        check.draft().report().pdf(), "draft-report-" + check.draft().number() + ".pdf");
  }

  @GetMapping("/staff/assessments/{id}/factual-accuracy/comments/{commentId}")
  String decideForm(@PathVariable String id, @PathVariable String commentId, Model model) {
    Assessment assessment = access.forStaff(id);
    CheckView.CommentRow row = row(assessment, commentId, model);
    DecisionForm form = new DecisionForm();
    form.setVersion(row.version());
    row.verdict().ifPresent(form::setVerdict);
    row.reason().ifPresent(form::setReason);
    model.addAttribute("decisionForm", form);
    return "factcheck/decide";
  }

  @PostMapping("/staff/assessments/{id}/factual-accuracy/comments/{commentId}")
  String decide(
      @PathVariable String id,
      @PathVariable String commentId,
      @ModelAttribute DecisionForm decisionForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    row(assessment, commentId, model);
    FactualAccuracy.Outcome outcome =
        factualAccuracy.decide(
            assessment,
            UUID.fromString(commentId),
            decisionForm.getVersion(),
            decisionForm.getVerdict(),
            decisionForm.getReason(),
            user.email());
    if (outcome instanceof FactualAccuracy.Outcome.Done) {
      redirect.addFlashAttribute("decided", true);
      return "redirect:/staff/assessments/" + id + "/factual-accuracy";
    }
    if (outcome instanceof FactualAccuracy.Outcome.Refused refused) {
      Refusals.onto(errors, refused.problems());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      errors.reject("factcheck.decide.stale");
      decisionForm.setVersion(version(assessment, commentId));
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return "factcheck/decide";
  }

  private CheckView.CommentRow row(Assessment assessment, String commentId, Model model) {
    describe(assessment, model);
    CheckView view = (CheckView) model.getAttribute("check");
    CheckView.CommentRow row =
        view == null
            ? null
            : view.comments().stream()
                .filter(c -> c.id().equals(commentId))
                .findFirst()
                .orElse(null);
    if (row == null) {
      throw new NotFound();
    }
    model.addAttribute("comment", row);
    model.addAttribute(
        "verdicts",
        java.util.Arrays.stream(Verdict.values())
            .map(
                v ->
                    new Choice(
                        v.code(),
                        messages.getMessage("factcheck.verdict." + v.code(), null, Locale.UK)))
            .toList());
    return row;
  }

  private int version(Assessment assessment, String commentId) {
    return sent(assessment).comments().stream()
        .filter(c -> c.id().toString().equals(commentId))
        .findFirst()
        .orElseThrow(() -> new NotFound())
        .version();
  }

  private FactualAccuracyCheck sent(Assessment assessment) {
    return factualAccuracy.check(assessment.id()).orElseThrow(() -> new NotFound());
  }

  private void describe(Assessment assessment, Model model) {
    String base = "/staff/assessments/" + assessment.id() + "/factual-accuracy";
    model.addAttribute("base", base);
    model.addAttribute("assessmentBase", "/staff/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    factualAccuracy
        .check(assessment.id())
        .ifPresent(
            check ->
                model.addAttribute(
                    "check",
                    CheckView.of(
                        check,
                        factualAccuracy.today(),
                        CheckView.byId(documents.inAssessment(assessment)))));
  }
}
