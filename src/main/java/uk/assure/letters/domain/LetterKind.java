package uk.assure.letters.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every letter and message Assure writes, each with the placeholders its template may use. Every
 * one may name the council and link to the page it is about; the rest are the facts of its step.
 */
public enum LetterKind {
  NOTICE("notice", Audience.COUNCIL, "siteVisitDate"),
  INFORMATION_RETURN_ISSUED("information_return_issued", Audience.COUNCIL, "dueDate"),
  CASE_SAMPLE_DRAWN("case_sample_drawn", Audience.COUNCIL, "listCount", "followCount"),
  SITE_VISIT_PLAN("site_visit_plan", Audience.COUNCIL, "siteVisitDate"),
  DRAFT_FOR_CHECK("draft_for_check", Audience.COUNCIL, "dueDate"),
  ACCURACY_DECISION("accuracy_decision", Audience.COUNCIL, "section", "decision", "reason"),
  PUBLICATION("publication", Audience.COUNCIL),
  REVIEW_OUTCOME("review_outcome", Audience.COUNCIL, "outcome", "reason"),
  WITHDRAWAL("withdrawal", Audience.COUNCIL, "reason"),
  INFORMATION_RETURN_REMINDER(
      "information_return_reminder", Audience.COUNCIL, "dueDate", "workingDays"),
  INFORMATION_RETURN_OVERDUE("information_return_overdue", Audience.COUNCIL, "dueDate"),
  FACTUAL_ACCURACY_REMINDER(
      "factual_accuracy_reminder", Audience.COUNCIL, "dueDate", "workingDays"),
  FACTUAL_ACCURACY_OVERDUE("factual_accuracy_overdue", Audience.COUNCIL, "dueDate"),
  ANSWER_GIVEN("answer_given", Audience.STAFF, "item"),
  COMMENTS_SUBMITTED("comments_submitted", Audience.STAFF, "commentCount"),
  REVIEW_REQUESTED("review_requested", Audience.STAFF);

  /** The placeholders every letter may use. */
  public static final List<String> COMMON = List.of("council", "link");

  // The constructor cannot read COMMON (enum constants are made first), so it spells it out.

  private final String code;
  private final Audience audience;
  private final Set<String> placeholders;

  LetterKind(String code, Audience audience, String... own) {
    this.code = code;
    this.audience = audience;
    Set<String> all = new LinkedHashSet<>(List.of("council", "link"));
    all.addAll(Arrays.asList(own));
    this.placeholders = Set.copyOf(all);
  }

  public String code() {
    return code;
  }

  public Audience audience() {
    return audience;
  }

  /** The names this letter's template may put in braces, common ones first. */
  public List<String> placeholders() {
    return placeholders.stream()
        .sorted(Comparator.comparingInt(LetterKind::rank).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  public boolean knows(String placeholder) {
    return placeholders.contains(placeholder);
  }

  private static int rank(String placeholder) {
    return COMMON.contains(placeholder) ? 0 : 1;
  }

  public static Optional<LetterKind> find(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  public static LetterKind fromCode(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown kind of letter: " + code));
  }
}
