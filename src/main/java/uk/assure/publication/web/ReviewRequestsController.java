package uk.assure.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import uk.assure.publication.RatingReviews;
import uk.assure.publication.domain.ReviewRequest;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.Choice;
import uk.assure.shared.web.NotFound;
import uk.assure.shared.web.Refusals;
import uk.assure.shared.web.SubmissionKey;

/**
 * Requests to review a published rating: the council (or staff for it) records one with its grounds
 * and sees where each stands; staff list them all and take each to an outcome.
 */
@Controller
class ReviewRequestsController {

  private final AssessmentAccess access;
  private final RatingReviews reviews;
  private final CouncilRegistry councils;
  private final MessageSource messages;

  ReviewRequestsController(
      AssessmentAccess access,
      RatingReviews reviews,
      CouncilRegistry councils,
      MessageSource messages) {
    this.access = access;
    this.reviews = reviews;
    this.councils = councils;
    this.messages = messages;
  }

  @GetMapping("/council/assessments/{id}/review-requests")
  String councilList(
      @PathVariable String id, @AuthenticationPrincipal AssureUser user, Model model) {
    Assessment assessment = access.forCouncilUser(user, id);
    model.addAttribute("groundsForm", new ReviewForms.GroundsForm());
    return assessmentPage(assessment, "/council/assessments/" + id, model);
  }

  @PostMapping("/council/assessments/{id}/review-requests")
  String councilRequest(
      @PathVariable String id,
      @ModelAttribute ReviewForms.GroundsForm groundsForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forCouncilUser(user, id);
    return request(
        assessment,
        "/council/assessments/" + id,
        groundsForm,
        errors,
        user,
        model,
        response,
        redirect);
  }

  @GetMapping("/staff/assessments/{id}/review-requests")
  String staffList(@PathVariable String id, Model model) {
    Assessment assessment = access.forStaff(id);
    model.addAttribute("groundsForm", new ReviewForms.GroundsForm());
    return assessmentPage(assessment, "/staff/assessments/" + id, model);
  }

  @PostMapping("/staff/assessments/{id}/review-requests")
  String staffRequest(
      @PathVariable String id,
      @ModelAttribute ReviewForms.GroundsForm groundsForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    return request(
        assessment,
        "/staff/assessments/" + id,
        groundsForm,
        errors,
        user,
        model,
        response,
        redirect);
  }

  @GetMapping("/staff/review-requests")
  String all(Model model) {
    model.addAttribute("reviews", reviews.all().stream().map(ReviewView::of).toList());
    model.addAttribute(
        "names",
        councils.all().stream()
            .collect(java.util.stream.Collectors.toMap(c -> c.gss().value(), c -> c.name())));
    return "publication/review-list";
  }

  @GetMapping("/staff/review-requests/{reviewId}")
  String review(@PathVariable String reviewId, Model model) {
    ReviewRequest request = find(reviewId);
    ReviewForms.StepForm form = new ReviewForms.StepForm();
    form.setVersion(request.version());
    model.addAttribute("stepForm", form);
    return reviewPage(request, model);
  }

  @PostMapping("/staff/review-requests/{reviewId}")
  String step(
      @PathVariable String reviewId,
      @ModelAttribute ReviewForms.StepForm stepForm,
      BindingResult errors,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ReviewRequest request = find(reviewId);
    RatingReviews.Outcome outcome =
        reviews.step(
            request.id(),
            stepForm.getVersion(),
            stepForm.getStatus(),
            stepForm.getReason(),
            user.email());
    if (outcome instanceof RatingReviews.Outcome.Done) {
      redirect.addFlashAttribute("stepped", true);
      return "redirect:/staff/review-requests/" + reviewId;
    }
    if (outcome instanceof RatingReviews.Outcome.Refused refused) {
      Refusals.onto(errors, refused.refusal());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      errors.reject("review.step.stale");
      stepForm.setVersion(find(reviewId).version());
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return reviewPage(find(reviewId), model);
  }

  private String request(
      Assessment assessment,
      String assessmentBase,
      ReviewForms.GroundsForm groundsForm,
      BindingResult errors,
      AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RatingReviews.Outcome outcome =
        reviews.request(
            assessment,
            SubmissionKey.of(groundsForm.getKey()),
            groundsForm.getGrounds(),
            user.email());
    if (outcome instanceof RatingReviews.Outcome.Done) {
      redirect.addFlashAttribute("requested", true);
      return "redirect:" + assessmentBase + "/review-requests";
    }
    RatingReviews.Outcome.Refused refused = (RatingReviews.Outcome.Refused) outcome;
    Refusals.onto(errors, refused.refusal());
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return assessmentPage(assessment, assessmentBase, model);
  }

  private String assessmentPage(Assessment assessment, String assessmentBase, Model model) {
    model.addAttribute("assessmentBase", assessmentBase);
    model.addAttribute("staff", assessmentBase.startsWith("/staff"));
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute("published", assessment.published());
    model.addAttribute("reviews", reviews.of(assessment).stream().map(ReviewView::of).toList());
    return "publication/review-requests";
  }

  private String reviewPage(ReviewRequest request, Model model) {
    ReviewView view = ReviewView.of(request);
    model.addAttribute("review", view);
    model.addAttribute("council", councils.find(request.council()).orElseThrow());
    model.addAttribute(
        "nextStatuses",
        request.status().next().stream()
            .map(
                s ->
                    new Choice(
                        s.code(),
                        messages.getMessage("review.status." + s.code(), null, Locale.UK)))
            .toList());
    return "publication/review";
  }

  private ReviewRequest find(String reviewId) {
    Optional<UUID> id;
    try {
      id = Optional.of(UUID.fromString(reviewId));
    } catch (IllegalArgumentException e) {
      id = Optional.empty();
    }
    return id.flatMap(reviews::find).orElseThrow(() -> new NotFound());
  }

  /** Council names by GSS code, for the list of every request. */
}
