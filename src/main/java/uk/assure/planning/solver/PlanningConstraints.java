package uk.assure.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.greaterThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.function.Function;
import uk.assure.planning.domain.HardRule;
import uk.assure.planning.domain.PlanningWeights;
import uk.assure.planning.domain.Programme;
import uk.assure.planning.domain.Skill;
import uk.assure.planning.domain.SoftRule;

/**
 * The programme's rules as Timefold constraints: every hard rule of the programme (each match costs
 * one hard point) and the weighted soft ones (their weights come from {@link PlanningWeights}
 * through the plan's constraint weight overrides). Each match is justified with a {@link Reason}.
 *
 * <p>It is over 300 lines because Timefold reads every constraint from this one provider, and each
 * of the eleven hard and nine soft rules is a short stream of its own beside the reason it gives.
 */
public class PlanningConstraints implements ConstraintProvider {

  /**
   * A visit in a week it may never have (too little notice, a bank holiday, a blackout, a full
   * panel) costs ten hard points rather than one, so that the solver will rather move the visit and
   * then mend its team than keep the team and leave the visit where it cannot be.
   */
  private static final HardSoftLongScore CALENDAR_RULE = HardSoftLongScore.ofHard(10);

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      personFitsRole(factory),
      nobodyTwiceInTeam(factory),
      socialWorkOnTeam(factory),
      enoughNotice(factory),
      noBankHolidayWeek(factory),
      noBlackout(factory),
      oneVisitPerWeek(factory),
      restWeekBetweenVisits(factory),
      notWhileAway(factory),
      notConflicted(factory),
      weekCapacity(factory),
      priorityEarlier(factory),
      preferredNotice(factory),
      evenWorkload(factory),
      travel(factory),
      ownerOnTeam(factory),
      ownersEven(factory),
      pilotsFirst(factory),
      rampUp(factory),
      evenFlow(factory)
    };
  }

  /** Each team member with the week of the visit. */
  private static UniConstraintStream<Booking> bookings(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(Seat::onTeam)
        .join(Visit.class, equal(Seat::getVisit, Function.identity()))
        .map(Booking::of);
  }

  Constraint personFitsRole(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> !seat.getRole().fits(seat.getPerson()))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (seat, score) ->
                Reason.of(
                    "planning.reason.role",
                    seat.getPerson().email(),
                    seat.getRole().name().toLowerCase(java.util.Locale.ROOT),
                    seat.getVisit().getId()))
        .asConstraint(HardRule.ROLE.constraintName());
  }

  Constraint nobodyTwiceInTeam(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            Seat.class,
            equal(Seat::getVisit),
            equal(Seat::getPerson),
            filtering((a, b) -> a.onTeam() && b.onTeam()))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (a, b, score) ->
                Reason.of(
                    "planning.reason.twice-in-team", a.getPerson().email(), a.getVisit().getId()))
        .asConstraint(HardRule.TWICE_IN_TEAM.constraintName());
  }

  Constraint socialWorkOnTeam(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .ifNotExists(
            Seat.class,
            equal(Function.identity(), Seat::getVisit),
            filtering((visit, seat) -> seat.onTeam() && seat.getPerson().has(Skill.SOCIAL_WORK)))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith((visit, score) -> Reason.of("planning.reason.social-work", visit.getId()))
        .asConstraint(HardRule.SOCIAL_WORK.constraintName());
  }

  Constraint enoughNotice(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getWeek().noticeDays() < Programme.MINIMUM_NOTICE_DAYS)
        .penalizeLong(CALENDAR_RULE)
        .justifyWith(
            (visit, score) ->
                Reason.of(
                    "planning.reason.notice",
                    visit.getId(),
                    visit.getWeek().monday(),
                    visit.getWeek().noticeDays()))
        .asConstraint(HardRule.NOTICE.constraintName());
  }

  Constraint noBankHolidayWeek(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getWeek().bankHoliday())
        .penalizeLong(CALENDAR_RULE)
        .justifyWith(
            (visit, score) ->
                Reason.of("planning.reason.bank-holiday", visit.getId(), visit.getWeek().monday()))
        .asConstraint(HardRule.BANK_HOLIDAY.constraintName());
  }

  Constraint noBlackout(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::isBlackedOut)
        .penalizeLong(CALENDAR_RULE)
        .justifyWith(
            (visit, score) ->
                Reason.of("planning.reason.blackout", visit.getId(), visit.getWeek().monday()))
        .asConstraint(HardRule.BLACKOUT.constraintName());
  }

  Constraint oneVisitPerWeek(ConstraintFactory factory) {
    return bookings(factory)
        .join(
            bookings(factory),
            equal(Booking::person),
            equal(Booking::week),
            lessThan(Booking::seatId),
            filtering((a, b) -> a.visit() != b.visit()))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (a, b, score) ->
                Reason.of(
                    "planning.reason.same-week",
                    a.person().email(),
                    a.visit().getId(),
                    b.visit().getId(),
                    a.visit().getWeek().monday()))
        .asConstraint(HardRule.SAME_WEEK.constraintName());
  }

  Constraint restWeekBetweenVisits(ConstraintFactory factory) {
    return bookings(factory)
        .join(
            bookings(factory),
            equal(Booking::person),
            equal(booking -> booking.week() + 1, Booking::week))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (a, b, score) ->
                Reason.of(
                    "planning.reason.rest-week",
                    a.person().email(),
                    a.visit().getId(),
                    b.visit().getId()))
        .asConstraint(HardRule.REST_WEEK.constraintName());
  }

  Constraint notWhileAway(ConstraintFactory factory) {
    return bookings(factory)
        .filter(
            booking ->
                booking
                    .person()
                    .isAwayDuring(
                        booking.visit().getWeek().monday(), booking.visit().getWeek().friday()))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (booking, score) ->
                Reason.of(
                    "planning.reason.away",
                    booking.person().email(),
                    booking.visit().getId(),
                    booking.visit().getWeek().monday()))
        .asConstraint(HardRule.AWAY.constraintName());
  }

  Constraint notConflicted(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getPerson().isConflictedWith(seat.getVisit().gss()))
        .penalizeLong(HardSoftLongScore.ONE_HARD)
        .justifyWith(
            (seat, score) ->
                Reason.of(
                    "planning.reason.conflict", seat.getPerson().email(), seat.getVisit().getId()))
        .asConstraint(HardRule.CONFLICT.constraintName());
  }

  Constraint weekCapacity(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .groupBy(Visit::getWeek, count())
        .join(Programme.class, filtering((week, count, p) -> count > p.maxVisitsPerWeek()))
        .penalizeLong(
            CALENDAR_RULE, (week, count, programme) -> count - programme.maxVisitsPerWeek())
        .justifyWith(
            (week, count, programme, score) ->
                Reason.of(
                    "planning.reason.capacity", week.monday(), count, programme.maxVisitsPerWeek()))
        .asConstraint(HardRule.WEEK_CAPACITY.constraintName());
  }

  Constraint priorityEarlier(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getCouncil().priority() > 0)
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT,
            visit -> (long) visit.getCouncil().priority() * visit.weekIndex())
        .justifyWith(
            (visit, score) ->
                Reason.of("planning.reason.priority", visit.getId(), visit.getWeek().monday()))
        .asConstraint(SoftRule.PRIORITY_EARLIER.constraintName());
  }

  Constraint preferredNotice(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getWeek().noticeDays() < Programme.PREFERRED_NOTICE_DAYS)
        .penalizeLong(HardSoftLongScore.ONE_SOFT)
        .justifyWith(
            (visit, score) ->
                Reason.of(
                    "planning.reason.preferred-notice",
                    visit.getId(),
                    visit.getWeek().noticeDays()))
        .asConstraint(SoftRule.PREFERRED_NOTICE.constraintName());
  }

  Constraint evenWorkload(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(Seat::onTeam)
        .groupBy(Seat::getPerson, count())
        .penalizeLong(HardSoftLongScore.ONE_SOFT, (person, visits) -> (long) visits * visits)
        .justifyWith(
            (person, visits, score) ->
                Reason.of("planning.reason.workload", person.email(), visits))
        .asConstraint(SoftRule.EVEN_WORKLOAD.constraintName());
  }

  Constraint travel(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(
            seat -> seat.onTeam() && !seat.getPerson().region().equals(seat.getVisit().region()))
        .penalizeLong(HardSoftLongScore.ONE_SOFT)
        .justifyWith(
            (seat, score) ->
                Reason.of(
                    "planning.reason.travel", seat.getPerson().email(), seat.getVisit().getId()))
        .asConstraint(SoftRule.TRAVEL.constraintName());
  }

  Constraint ownerOnTeam(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getRole() == SeatRole.OWNER)
        .ifNotExists(
            Seat.class,
            equal(Seat::getVisit),
            equal(Seat::getPerson),
            filtering((owner, member) -> member.onTeam()))
        .penalizeLong(HardSoftLongScore.ONE_SOFT)
        .justifyWith(
            (owner, score) ->
                Reason.of(
                    "planning.reason.owner-on-team",
                    owner.getPerson().email(),
                    owner.getVisit().getId()))
        .asConstraint(SoftRule.OWNER_ON_TEAM.constraintName());
  }

  Constraint ownersEven(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getRole() == SeatRole.OWNER)
        .groupBy(Seat::getPerson, count())
        .penalizeLong(HardSoftLongScore.ONE_SOFT, (person, councils) -> (long) councils * councils)
        .justifyWith(
            (person, councils, score) ->
                Reason.of("planning.reason.owners-even", person.email(), councils))
        .asConstraint(SoftRule.OWNERS_EVEN.constraintName());
  }

  Constraint pilotsFirst(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getCouncil().pilot())
        .join(
            Visit.class,
            greaterThan(Visit::weekIndex, Visit::weekIndex),
            filtering((pilot, other) -> !other.getCouncil().pilot()))
        .penalizeLong(HardSoftLongScore.ONE_SOFT)
        .justifyWith(
            (pilot, other, score) ->
                Reason.of("planning.reason.pilots-first", pilot.getId(), other.getId()))
        .asConstraint(SoftRule.PILOTS_FIRST.constraintName());
  }

  Constraint rampUp(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .groupBy(visit -> visit.getWeek().month(), count())
        .join(
            PlanningWeights.class,
            filtering((month, visits, weights) -> visits > weights.rampUpCap(month)))
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT,
            (month, visits, weights) -> visits - weights.rampUpCap(month))
        .justifyWith(
            (month, visits, weights, score) ->
                Reason.of("planning.reason.ramp-up", month + 1, visits, weights.rampUpCap(month)))
        .asConstraint(SoftRule.RAMP_UP.constraintName());
  }

  /**
   * Visits spread over the weeks rather than bunched: the team can only staff so many a week (each
   * person every other week at most), and the panel sees a steady flow. Counted squared per week.
   */
  Constraint evenFlow(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .groupBy(Visit::getWeek, count())
        .penalizeLong(HardSoftLongScore.ONE_SOFT, (week, visits) -> (long) visits * visits)
        .justifyWith(
            (week, visits, score) -> Reason.of("planning.reason.even-flow", week.monday(), visits))
        .asConstraint(SoftRule.EVEN_FLOW.constraintName());
  }
}
