package uk.assure.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.feedback.PeoplesFeedback;
import uk.assure.feedback.domain.FeedbackRole;
import uk.assure.shared.web.Refusals;

/**
 * The public feedback forms: one for people who draw on care and support, carers and self-funders,
 * one for staff, partners, providers and voluntary groups. No sign-in; nothing anyone else sent is
 * ever shown.
 */
@Controller
class PublicFeedbackController {

  private final PeoplesFeedback feedback;

  PublicFeedbackController(PeoplesFeedback feedback) {
    this.feedback = feedback;
  }

  @GetMapping("/feedback")
  String people(Model model) {
    return form(false, fresh(), model);
  }

  @GetMapping("/feedback/professional")
  String professionals(Model model) {
    return form(true, fresh(), model);
  }

  @PostMapping("/feedback")
  String givePeople(
      @ModelAttribute FeedbackForm feedbackForm,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    return give(false, feedbackForm, errors, request, response, model, redirect);
  }

  @PostMapping("/feedback/professional")
  String giveProfessional(
      @ModelAttribute FeedbackForm feedbackForm,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    return give(true, feedbackForm, errors, request, response, model, redirect);
  }

  @GetMapping("/feedback/sent")
  String sent(Model model) {
    return "feedback/sent";
  }

  private String give(
      boolean professional,
      FeedbackForm form,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    PeoplesFeedback.Outcome outcome =
        feedback.give(
            new PeoplesFeedback.Submission(
                form.getCouncil(),
                form.getRole(),
                professional,
                form.getBody(),
                form.getQuotable(),
                form.getAnonymous(),
                form.getContactEmail(),
                form.getSubmissionKey(),
                form.getWebsite(),
                request.getRemoteAddr()));
    if (outcome instanceof PeoplesFeedback.Outcome.Received received) {
      redirect.addFlashAttribute("reference", received.reference());
      return "redirect:/feedback/sent";
    }
    if (outcome instanceof PeoplesFeedback.Outcome.TooMany) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return "feedback/too-many";
    }
    Refusals.onto(errors, ((PeoplesFeedback.Outcome.Refused) outcome).refusals());
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    if (form.getSubmissionKey().isBlank()) {
      form.setSubmissionKey(UUID.randomUUID().toString());
    }
    return form(professional, form, model);
  }

  private static FeedbackForm fresh() {
    FeedbackForm form = new FeedbackForm();
    form.setSubmissionKey(UUID.randomUUID().toString());
    return form;
  }

  private String form(boolean professional, FeedbackForm form, Model model) {
    model.addAttribute("feedbackForm", form);
    model.addAttribute("professional", professional);
    model.addAttribute("action", professional ? "/feedback/professional" : "/feedback");
    model.addAttribute("gathering", feedback.gathering());
    model.addAttribute(
        "roles",
        Arrays.stream(FeedbackRole.values())
            .filter(r -> r.professional() == professional)
            .toList());
    return "feedback/form";
  }
}
