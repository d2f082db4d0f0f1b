package uk.assure.factcheck.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.assure.shared.domain.Refusal;

/**
 * The factual accuracy check of one draft: the council's comments, whether it has submitted them,
 * and the rules for what may happen on a given day. The council comments until it submits (once) or
 * the due date passes; the check is then closed, and it is finished when every comment has the
 * assessors' decision.
 */
public record FactualAccuracyCheck(
    Draft draft, List<AccuracyComment> comments, Optional<Submission> submission) {

  /** Longest text kept for what is wrong, the correction, or a decision's reason. */
  public static final int MAX_TEXT = 2000;

  /** The council's one submission of its comments. */
  public record Submission(String submittedBy, Instant submittedAt) {}

  /** Where the check stands on a day. */
  public enum Status {
    /** The council can still comment and submit. */
    OPEN,
    /** The council submitted its comments. */
    SUBMITTED,
    /** The due date passed without a submission; the comments saved by then stand. */
    PAST_DUE
  }

  public FactualAccuracyCheck {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(submission, "submission");
    comments = List.copyOf(comments);
  }

  public Status status(LocalDate today) {
    if (submission.isPresent()) {
      return Status.SUBMITTED;
    }
    return today.isAfter(draft.dueOn()) ? Status.PAST_DUE : Status.OPEN;
  }

  /** Whether the council can no longer comment: it submitted, or the due date passed. */
  public boolean closed(LocalDate today) {
    return status(today) != Status.OPEN;
  }

  public boolean allDecided() {
    return comments.stream().allMatch(AccuracyComment::decided);
  }

  /** Why the council cannot comment or submit on {@code today}, if it cannot. */
  public Optional<String> whyClosed(LocalDate today) {
    return switch (status(today)) {
      case OPEN -> Optional.empty();
      case SUBMITTED -> Optional.of("factcheck.closed.submitted");
      case PAST_DUE -> Optional.of("factcheck.closed.pastDue");
    };
  }

  /** The problems with a new comment, none if it can be saved. */
  public List<Refusal> checkComment(
      String sectionKey, String whatIsWrong, String correction, LocalDate today) {
    List<Refusal> problems = new ArrayList<>();
    whyClosed(today).ifPresent(key -> problems.add(new Refusal("section", key)));
    if (!problems.isEmpty()) {
      return problems;
    }
    if (sectionKey == null || draft.report().section(sectionKey).isEmpty()) {
      problems.add(new Refusal("section", "factcheck.comment.section"));
    }
    text(whatIsWrong, "whatIsWrong", problems);
    text(correction, "correction", problems);
    return problems;
  }

  /** Why the assessors cannot decide on comments now, if they cannot. */
  public Optional<String> whyNotDecidable(LocalDate today) {
    return closed(today) ? Optional.empty() : Optional.of("factcheck.decide.stillOpen");
  }

  /**
   * The problems with a decision, none if it can be recorded.
   *
   * @param verdictCode "accepted" or "rejected"
   */
  public List<Refusal> checkDecision(String verdictCode, String reason, LocalDate today) {
    List<Refusal> problems = new ArrayList<>();
    whyNotDecidable(today).ifPresent(key -> problems.add(new Refusal("verdict", key)));
    if (!problems.isEmpty()) {
      return problems;
    }
    if (Verdict.find(verdictCode).isEmpty()) {
      problems.add(new Refusal("verdict", "factcheck.decide.verdict"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new Refusal("reason", "factcheck.decide.reasonMissing"));
    } else if (reason.strip().length() > MAX_TEXT) {
      problems.add(new Refusal("reason", "factcheck.decide.reasonTooLong"));
    }
    return problems;
  }

  private static void text(String value, String field, List<Refusal> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Refusal(field, "factcheck.comment." + field + ".missing"));
    } else if (value.strip().length() > MAX_TEXT) {
      problems.add(new Refusal(field, "factcheck.comment." + field + ".tooLong"));
    }
  }
}
