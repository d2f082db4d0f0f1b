package uk.assure.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.DateKind;
import uk.assure.journey.domain.Deadlines;
import uk.assure.journey.domain.Journey;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.StageMove;
import uk.assure.journey.domain.Withdrawal;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;

/**
 * Moves assessments through their journey, checked against {@link Journey}, recorded with who, when
 * and why, and audited; and sets the dates people choose (the site visit, an extended due date).
 *
 * <p>It is over 300 lines because every change to an assessment's journey (a move, a withdrawal,
 * the dates people set) is checked, recorded and audited in the same way, in the one place that
 * applies the transition table.
 */
@Service
public class AssessmentJourney {

  /** What became of a request to move an assessment. */
  public sealed interface MoveOutcome {
    record Moved(StageMove move) implements MoveOutcome {}

    record Refused(Journey.Refusal refusal) implements MoveOutcome {}

    /** The assessment was no longer at the stage the person saw: someone moved it first. */
    record Stale(Stage now) implements MoveOutcome {}

    /**
     * A feature acting on the new stage could not do its part (see {@link StageBlocked}), so
     * nothing changed.
     */
    record Blocked(List<StageBlocked.Reason> reasons) implements MoveOutcome {}
  }

  /** What became of a request to set a date. */
  public sealed interface DateOutcome {
    record Set(Optional<Deadlines.Notice> notice) implements DateOutcome {}

    record Refused(String problem) implements DateOutcome {}
  }

  /** What became of a request to withdraw an assessment. */
  public sealed interface WithdrawOutcome {
    record Withdrawn(Withdrawal withdrawal) implements WithdrawOutcome {}

    /** Refused, with a message key saying why. */
    record Refused(String problem) implements WithdrawOutcome {}
  }

  private final AssessmentRecords assessments;
  private final JourneyRecords records;
  private final Deadlines deadlines;
  private final RatingPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<MoveWarning> warnings;

  AssessmentJourney(
      AssessmentRecords assessments,
      JourneyRecords records,
      Deadlines deadlines,
      RatingPolicy policy,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events,
      ObjectProvider<MoveWarning> warnings) {
    this.warnings = warnings;
    this.assessments = assessments;
    this.records = records;
    this.deadlines = deadlines;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The journey so far of an assessment. */
  public JourneyState state(Assessment assessment) {
    return JourneyState.of(
        records.moves(assessment.id()),
        records.dateChanges(assessment.id()),
        assessment.published(),
        records.withdrawal(assessment.id()),
        deadlines);
  }

  /**
   * What {@link Journey} needs to know about an assessment today to check a move: whether its site
   * visit is set, has begun and is done, whether it is fully scored, whether it was withdrawn.
   */
  public Journey.Facts facts(Assessment assessment) {
    JourneyState state = state(assessment);
    LocalDate today = today();
    return new Journey.Facts(
        state.siteVisitOn().isPresent(),
        state.siteVisitBegun(today),
        state.siteVisitDone(today),
        fullyScored(assessment),
        state.withdrawn() || assessment.withdrawn());
  }

  /**
   * Why {@link Journey} would refuse to publish the assessment now, if it would: the same check the
   * move to published makes, for the publication page to list.
   */
  public Optional<Journey.Refusal> publishRefusal(Assessment assessment) {
    Journey.Facts facts = facts(assessment);
    if (facts.withdrawn()) {
      return Optional.of(Journey.Refusal.WITHDRAWN);
    }
    if (!facts.siteVisitDone()) {
      return Optional.of(Journey.Refusal.SITE_VISIT_NOT_DONE);
    }
    return Optional.empty();
  }

  /**
   * What staff should see, and confirm, before moving the assessment from one stage to another (see
   * {@link MoveWarning}); none for moves with nothing to warn of.
   */
  public List<StageBlocked.Reason> warnings(Assessment assessment, Stage from, Stage to) {
    return warnings
        .orderedStream()
        .flatMap(w -> w.warnings(assessment, from, to).stream())
        .toList();
  }

  /**
   * The assessments now at this stage (after planned and before published), found at once; not
   * withdrawn ones.
   */
  public Set<AssessmentId> at(Stage stage) {
    if (stage == Stage.PLANNED || stage.published()) {
      throw new IllegalArgumentException("Only the stages in between are looked up at once");
    }
    return records.movedLastTo(stage);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Deadlines deadlines() {
    return deadlines;
  }

  /**
   * Moves an assessment from the stage the person saw to another, if {@link Journey} allows it.
   * Moving to published publishes the assessment's scores as the council's rating. Features act on
   * the new stage in the same transaction ({@link StageEntered}); if one of them cannot, nothing
   * changes and the outcome says why.
   */
  @Transactional
  public MoveOutcome move(AssessmentId id, Stage seen, Stage to, String reason, String actor) {
    // Taken first, so a withdrawal and a move cannot both go through at once.
    assessments.hold(id);
    Assessment assessment = assessments.find(id).orElseThrow();
    List<StageMove> moves = records.moves(id);
    Stage current = Journey.current(moves, assessment.published());
    if (current != seen) {
      return new MoveOutcome.Stale(current);
    }
    Journey.Facts facts = facts(assessment);
    Journey.Check check = Journey.check(current, to, reason, facts);
    if (check instanceof Journey.Check.Refused refused) {
      return new MoveOutcome.Refused(refused.refusal());
    }
    Journey.Check.Allowed allowed = (Journey.Check.Allowed) check;
    Instant at = clock.instant();
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    StageMove move =
        new StageMove(
            moves.size() + 1,
            current,
            to,
            allowed.kind(),
            actor,
            at,
            LocalDate.now(clock),
            Optional.ofNullable(why));
    if (!records.append(id, move)) {
      return new MoveOutcome.Stale(Journey.current(records.moves(id), assessment.published()));
    }
    if (to == Stage.PUBLISHED) {
      assessments.publish(id, move.on());
    }
    try {
      events.publishEvent(new StageEntered(id, to, actor));
    } catch (StageBlocked blocked) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new MoveOutcome.Blocked(blocked.reasons());
    }
    audit.record(
        AuditRecord.of(
                to == Stage.PUBLISHED
                    ? AuditAction.ASSESSMENT_PUBLISHED
                    : AuditAction.STATE_CHANGED,
                actor)
            .about("assessment", id)
            .withCouncil(assessment.council().value())
            .withDetail("from", current.code())
            .withDetail("to", to.code())
            .withDetail("kind", allowed.kind().code())
            .withDetail("reason", why == null ? "" : why));
    return new MoveOutcome.Moved(move);
  }

  /**
   * Withdraws an assessment before publication, with the reason: it is closed (no further moves),
   * no longer counts as the council's open assessment, and its council is told ({@link
   * AssessmentWithdrawn}). Who may withdraw is decided by the route (lead assessors).
   */
  @Transactional
  public WithdrawOutcome withdraw(AssessmentId id, String reason, String actor) {
    Assessment assessment = assessments.find(id).orElseThrow();
    if (assessment.published()) {
      return new WithdrawOutcome.Refused("journey.withdraw.published");
    }
    if (assessment.withdrawn()) {
      return new WithdrawOutcome.Refused("journey.withdraw.already");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      return new WithdrawOutcome.Refused("journey.withdraw.reasonRequired");
    }
    if (why.length() > Journey.MAX_REASON) {
      return new WithdrawOutcome.Refused("journey.reason.tooLong");
    }
    assessments.hold(id);
    if (!assessments.withdraw(id)) {
      return new WithdrawOutcome.Refused("journey.withdraw.already");
    }
    Withdrawal withdrawal = new Withdrawal(actor, clock.instant(), why);
    records.addWithdrawal(id, withdrawal);
    audit.record(
        AuditRecord.of(AuditAction.ASSESSMENT_WITHDRAWN, actor)
            .about("assessment", id)
            .withCouncil(assessment.council().value())
            .withDetail("stage", Journey.current(records.moves(id), false).code())
            .withDetail("reason", why));
    events.publishEvent(new AssessmentWithdrawn(id, assessment.council().value(), why, actor));
    return new WithdrawOutcome.Withdrawn(withdrawal);
  }

  /**
   * Sets the site visit date. It must give at least six weeks' notice from today; under eight weeks
   * is allowed with a warning.
   */
  @Transactional
  public DateOutcome setSiteVisit(AssessmentId id, LocalDate visitOn, String actor) {
    Assessment assessment = assessments.find(id).orElseThrow();
    if (assessment.published()) {
      return new DateOutcome.Refused("journey.siteVisit.published");
    }
    if (assessment.withdrawn()) {
      return new DateOutcome.Refused("journey.withdrawn");
    }
    if (visitOn.isBefore(assessment.startedOn())) {
      return new DateOutcome.Refused("journey.siteVisit.beforeStart");
    }
    Deadlines.Notice notice = deadlines.siteVisitNotice(today(), visitOn);
    if (notice.level() == Deadlines.NoticeLevel.TOO_SHORT) {
      return new DateOutcome.Refused("journey.siteVisit.tooSoon");
    }
    if (!deadlines.workingDays().isWorkingDay(visitOn)) {
      return new DateOutcome.Refused("journey.siteVisit.notWorkingDay");
    }
    records.addDateChange(
        id, new DateChange(DateKind.SITE_VISIT, visitOn, actor, clock.instant(), Optional.empty()));
    assessments.setSiteVisit(id, visitOn);
    auditDate(assessment, DateKind.SITE_VISIT, visitOn, actor, "");
    return new DateOutcome.Set(Optional.of(notice));
  }

  /** Gives the council more time for its information return, with a reason. */
  @Transactional
  public DateOutcome extendInformationReturn(
      AssessmentId id, LocalDate dueOn, String reason, String actor) {
    Assessment assessment = assessments.find(id).orElseThrow();
    JourneyState state = state(assessment);
    if (!state.informationReturnOpen()) {
      return new DateOutcome.Refused("journey.extend.notOpen");
    }
    if (reason == null || reason.isBlank()) {
      return new DateOutcome.Refused("journey.extend.reasonRequired");
    }
    if (reason.strip().length() > Journey.MAX_REASON) {
      return new DateOutcome.Refused("journey.reason.tooLong");
    }
    if (!dueOn.isAfter(state.informationReturnDue().orElseThrow())) {
      return new DateOutcome.Refused("journey.extend.notLater");
    }
    records.addDateChange(
        id,
        new DateChange(
            DateKind.INFORMATION_RETURN_DUE,
            dueOn,
            actor,
            clock.instant(),
            Optional.of(reason.strip())));
    auditDate(assessment, DateKind.INFORMATION_RETURN_DUE, dueOn, actor, reason.strip());
    return new DateOutcome.Set(Optional.empty());
  }

  private void auditDate(
      Assessment assessment, DateKind kind, LocalDate on, String actor, String reason) {
    audit.record(
        AuditRecord.of(AuditAction.DEADLINE_SET, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("date", kind.code())
            .withDetail("on", on.toString())
            .withDetail("reason", reason));
  }

  private boolean fullyScored(Assessment assessment) {
    return policy.rate(assessment.ratingRequest()) instanceof RatingOutcome.Rated rated
        && !rated.result().partial();
  }
}
