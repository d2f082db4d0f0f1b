package uk.assure.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.assure.assessment.AssessmentAccess;
import uk.assure.assessment.domain.Assessment;
import uk.assure.council.CouncilRegistry;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.feedback.PeoplesFeedback;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.feedback.domain.FeedbackRole;
import uk.assure.feedback.domain.KeywordModel;
import uk.assure.framework.domain.Framework;
import uk.assure.security.AssureUser;
import uk.assure.shared.web.AssessmentSection;
import uk.assure.shared.web.NotFound;

/** Staff reading the feedback about a council and tagging it as evidence. */
@Controller
class StaffFeedbackController {

  private final AssessmentAccess access;
  private final PeoplesFeedback feedback;
  private final CouncilRegistry councils;
  private final Framework framework;

  StaffFeedbackController(
      AssessmentAccess access,
      PeoplesFeedback feedback,
      CouncilRegistry councils,
      Framework framework) {
    this.access = access;
    this.feedback = feedback;
    this.councils = councils;
    this.framework = framework;
  }

  @Bean
  static AssessmentSection feedbackSection() {
    return new AssessmentSection(50, "/feedback", "feedback.section", false);
  }

  /** A piece of feedback with the statements the keyword rules suggest for it. */
  record ItemView(
      FeedbackItem item,
      List<KeywordModel.Suggestion> suggestions,
      List<String> suggested,
      String received) {

    static ItemView of(FeedbackItem item, List<KeywordModel.Suggestion> suggestions) {
      return new ItemView(
          item,
          suggestions,
          suggestions.stream().map(KeywordModel.Suggestion::statement).toList(),
          DATE.format(item.receivedAt()));
    }
  }

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
          .withZone(java.time.ZoneId.of("Europe/London"));

  @GetMapping("/staff/assessments/{id}/feedback")
  String page(@PathVariable String id, Model model) {
    return page(access.forStaff(id), model);
  }

  @PostMapping("/staff/assessments/{id}/feedback/{feedbackId}/tags")
  String tag(
      @PathVariable String id,
      @PathVariable String feedbackId,
      @RequestParam(required = false) List<String> statements,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "") String extract,
      @AuthenticationPrincipal AssureUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Assessment assessment = access.forStaff(id);
    UUID item =
        parse(feedbackId)
            .filter(f -> feedback.belongs(assessment, f))
            .orElseThrow(() -> new NotFound());
    TagRequest request = TagRequest.read(statements, category, extract, framework.statementCodes());
    Optional<String> problem =
        request instanceof TagRequest.Tag tag
            ? feedback.tag(
                assessment, item, tag.statements(), tag.category(), tag.extract(), user.email())
            : Optional.of(((TagRequest.Refused) request).key());
    if (problem.isPresent()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", problem.get());
      model.addAttribute("problemItem", item.toString());
      return page(assessment, model);
    }
    redirect.addFlashAttribute("tagged", true);
    return "redirect:/staff/assessments/" + id + "/feedback#f-" + item;
  }

  private String page(Assessment assessment, Model model) {
    List<FeedbackItem> items = feedback.forAssessment(assessment.id());
    model.addAttribute("base", "/staff/assessments/" + assessment.id());
    model.addAttribute("council", councils.find(assessment.council()).orElseThrow());
    model.addAttribute(
        "items", items.stream().map(i -> ItemView.of(i, feedback.suggest(i.body()))).toList());
    model.addAttribute("statements", framework.statements());
    model.addAttribute("categories", CoverageMatrix.CATEGORIES);
    model.addAttribute("counts", counts(items));
    model.addAttribute("statementCodes", framework.statementCodes());
    return "feedback/staff-feedback";
  }

  /** For each role: how many pieces of feedback, how many tagged, and the tagged per statement. */
  private List<Map<String, Object>> counts(List<FeedbackItem> items) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FeedbackRole role : FeedbackRole.values()) {
      List<FeedbackItem> fromRole = items.stream().filter(i -> i.role() == role).toList();
      if (fromRole.isEmpty()) {
        continue;
      }
      Map<String, Integer> byStatement = new LinkedHashMap<>();
      framework.statementCodes().forEach(s -> byStatement.put(s, 0));
      fromRole.forEach(
          i ->
              i.tags()
                  .ifPresent(
                      t -> t.statements().forEach(s -> byStatement.merge(s, 1, Integer::sum))));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("role", role.code());
      row.put("total", fromRole.size());
      row.put("byStatement", byStatement);
      rows.add(row);
    }
    return rows;
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
