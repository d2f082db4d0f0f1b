package uk.assure.journey.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that says which moves between stages are allowed. An assessment goes forward one
 * step at a time; before publication a lead assessor can reopen any earlier step, giving a reason.
 * Publication cannot be undone here: a published assessment is the public record and only goes on
 * to follow-up.
 */
public final class Journey {

  /** Longest reason kept for a move. */
  public static final int MAX_REASON = 2000;

  private Journey() {}

  /**
   * What must hold before some steps can be taken.
   *
   * @param siteVisitDateSet a site visit date has been set
   * @param siteVisitBegun the site visit's first day has come (today is on or after it)
   * @param siteVisitDone the assessment went through the on-site stage and its visit date has come
   * @param fullyScored every statement is scored
   * @param withdrawn the assessment was withdrawn, which closes it
   */
  public record Facts(
      boolean siteVisitDateSet,
      boolean siteVisitBegun,
      boolean siteVisitDone,
      boolean fullyScored,
      boolean withdrawn) {

    /** Everything in place: what a test or a caller starts from before taking one fact away. */
    public static Facts ready() {
      return new Facts(true, true, true, true, false);
    }
  }

  /** Why a move was refused; each has a message key of the same name. */
  public enum Refusal {
    SAME_STAGE,
    SKIPS_A_STEP,
    AFTER_PUBLICATION,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    SITE_VISIT_DATE_NEEDED,
    SITE_VISIT_NOT_BEGUN,
    SITE_VISIT_NOT_DONE,
    SCORES_INCOMPLETE,
    WITHDRAWN
  }

  /** The outcome of checking a move: allowed as a kind of move, or refused with a reason. */
  public sealed interface Check {
    record Allowed(MoveKind kind) implements Check {}

    record Refused(Refusal refusal) implements Check {}
  }

  /** Checks a move from one stage to another, with the reason given (which may be blank). */
  public static Check check(Stage from, Stage to, String reason, Facts facts) {
    String why = reason == null ? "" : reason.strip();
    if (facts.withdrawn()) {
      return new Check.Refused(Refusal.WITHDRAWN);
    }
    if (why.length() > MAX_REASON) {
      return new Check.Refused(Refusal.REASON_TOO_LONG);
    }
    if (from == to) {
      return new Check.Refused(Refusal.SAME_STAGE);
    }
    if (to.isBefore(from)) {
      if (from.published()) {
        return new Check.Refused(Refusal.AFTER_PUBLICATION);
      }
      return why.isEmpty()
          ? new Check.Refused(Refusal.REASON_REQUIRED)
          : new Check.Allowed(MoveKind.REOPEN);
    }
    if (from.next().filter(to::equals).isEmpty()) {
      return new Check.Refused(Refusal.SKIPS_A_STEP);
    }
    if (to == Stage.ON_SITE && !facts.siteVisitDateSet()) {
      return new Check.Refused(Refusal.SITE_VISIT_DATE_NEEDED);
    }
    if (to == Stage.ON_SITE && !facts.siteVisitBegun()) {
      return new Check.Refused(Refusal.SITE_VISIT_NOT_BEGUN);
    }
    if (to == Stage.PUBLISHED && !facts.siteVisitDone()) {
      return new Check.Refused(Refusal.SITE_VISIT_NOT_DONE);
    }
    if (to == Stage.PUBLISHED && !facts.fullyScored()) {
      return new Check.Refused(Refusal.SCORES_INCOMPLETE);
    }
    return new Check.Allowed(MoveKind.FORWARD);
  }

  /**
   * The stages an assessment at {@code from} may be moved to: the next one, then earlier ones; none
   * once it has been withdrawn.
   */
  public static List<Stage> movesFrom(Stage from, boolean withdrawn) {
    if (withdrawn) {
      return List.of();
    }
    return movesFrom(from);
  }

  /** The stages an assessment at {@code from} may be moved to: the next one, then earlier ones. */
  public static List<Stage> movesFrom(Stage from) {
    List<Stage> moves = new ArrayList<>();
    from.next().ifPresent(moves::add);
    if (!from.published()) {
      for (Stage earlier : Stage.values()) {
        if (earlier.isBefore(from)) {
          moves.add(earlier);
        }
      }
    }
    return List.copyOf(moves);
  }

  /** The stage an assessment is at, given the moves made so far (oldest first). */
  public static Stage current(List<StageMove> moves, boolean published) {
    if (moves.isEmpty()) {
      return published ? Stage.PUBLISHED : Stage.PLANNED;
    }
    return moves.get(moves.size() - 1).to();
  }
}
