package uk.assure.planning.solver;

import static uk.assure.planning.solver.PlanningFixture.bankHolidayWeek;
import static uk.assure.planning.solver.PlanningFixture.council;
import static uk.assure.planning.solver.PlanningFixture.external;
import static uk.assure.planning.solver.PlanningFixture.internal;
import static uk.assure.planning.solver.PlanningFixture.lead;
import static uk.assure.planning.solver.PlanningFixture.person;
import static uk.assure.planning.solver.PlanningFixture.seat;
import static uk.assure.planning.solver.PlanningFixture.team;
import static uk.assure.planning.solver.PlanningFixture.visit;
import static uk.assure.planning.solver.PlanningFixture.week;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.DateRange;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PersonKind;
import uk.assure.planning.domain.PlannedCouncil;
import uk.assure.planning.domain.PlanningWeights;
import uk.assure.planning.domain.Programme;
import uk.assure.planning.domain.Skill;

/** Every hard rule, and the soft ones, each checked on its own: once broken, once kept. */
class PlanningConstraintsTest {

  private final ConstraintVerifier<PlanningConstraints, ProgrammePlan> verifier =
      ConstraintVerifier.build(
          new PlanningConstraints(), ProgrammePlan.class, Visit.class, Seat.class);

  private final Person ann = lead("ann@example.org");
  private final Person bob = internal("bob@example.org");
  private final Person eve = external("eve@example.org");

  private static List<Object> facts(Object... facts) {
    return new ArrayList<>(List.of(facts));
  }

  @Test
  void anExternalReviewerAsLeadIsBroken() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::personFitsRole)
        .given(visit, seat(visit, SeatRole.LEAD, eve))
        .penalizesBy(1);
  }

  @Test
  void anInternalLeadAnExternalReviewerAndAnInternalOwnerAreKept() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::personFitsRole)
        .given(
            visit,
            seat(visit, SeatRole.LEAD, ann),
            seat(visit, SeatRole.ASSESSOR, eve),
            seat(visit, SeatRole.REVIEWER, eve),
            seat(visit, SeatRole.OWNER, bob))
        .penalizesBy(0);
  }

  @Test
  void anInternalWhoCannotLeadIsNotALeadAndAnExternalIsNotAnOwner() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::personFitsRole)
        .given(visit, seat(visit, SeatRole.LEAD, bob), seat(visit, SeatRole.OWNER, eve))
        .penalizesBy(2);
  }

  @Test
  void theSamePersonInTwoPlacesOfOneTeamIsBroken() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::nobodyTwiceInTeam)
        .given(visit, seat(visit, SeatRole.LEAD, ann), seat(visit, SeatRole.ASSESSOR, ann))
        .penalizesBy(1);
  }

  @Test
  void theLeadAlsoOwningTheRelationshipIsKept() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::nobodyTwiceInTeam)
        .given(visit, seat(visit, SeatRole.LEAD, ann), seat(visit, SeatRole.OWNER, ann))
        .penalizesBy(0);
  }

  @Test
  void aTeamWithoutSocialWorkSkillsIsBroken() {
    Visit visit = visit("E09000007", 10);
    List<Object> given = facts(visit);
    given.addAll(team(visit, internal("carl@example.org"), bob, eve));
    verifier
        .verifyThat(PlanningConstraints::socialWorkOnTeam)
        .given(given.toArray())
        .penalizesBy(1);
  }

  @Test
  void aTeamWithOneSocialWorkerIsKept() {
    Visit visit = visit("E09000007", 10);
    List<Object> given = facts(visit);
    given.addAll(team(visit, ann, bob, eve));
    verifier
        .verifyThat(PlanningConstraints::socialWorkOnTeam)
        .given(given.toArray())
        .penalizesBy(0);
  }

  @Test
  void anOwnerWithSocialWorkSkillsDoesNotCountForTheTeam() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::socialWorkOnTeam)
        .given(visit, seat(visit, SeatRole.ASSESSOR, bob), seat(visit, SeatRole.OWNER, ann))
        .penalizesBy(1);
  }

  @Test
  void aVisitFiveWeeksIntoTheProgrammeHasTooLittleNotice() {
    verifier
        .verifyThat(PlanningConstraints::enoughNotice)
        .given(visit("E09000007", 5))
        .penalizesBy(1);
  }

  @Test
  void aVisitSixWeeksIntoTheProgrammeHasEnough() {
    verifier
        .verifyThat(PlanningConstraints::enoughNotice)
        .given(visit("E09000007", 6))
        .penalizesBy(0);
  }

  @Test
  void aVisitInABankHolidayWeekIsBroken() {
    Visit visit = visit("E09000007", 10);
    visit.setWeek(bankHolidayWeek(10));
    verifier.verifyThat(PlanningConstraints::noBankHolidayWeek).given(visit).penalizesBy(1);
  }

  @Test
  void aVisitInAFullWorkingWeekIsKept() {
    verifier
        .verifyThat(PlanningConstraints::noBankHolidayWeek)
        .given(visit("E09000007", 10))
        .penalizesBy(0);
  }

  private final PlannedCouncil camden =
      new PlannedCouncil(council("E09000007", "London"), 0, false);

  @Test
  void aVisitInABlackedOutWeekIsBroken() {
    verifier
        .verifyThat(PlanningConstraints::noBlackout)
        .given(visit(camden, Set.of(10, 11), 11))
        .penalizesBy(1);
  }

  @Test
  void aVisitOutsideTheBlackoutIsKept() {
    verifier
        .verifyThat(PlanningConstraints::noBlackout)
        .given(visit(camden, Set.of(10, 11), 12))
        .penalizesBy(0);
  }

  @Test
  void onePersonOnTwoVisitsInOneWeekIsBroken() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 10);
    verifier
        .verifyThat(PlanningConstraints::oneVisitPerWeek)
        .given(camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.LEAD, ann))
        .penalizesBy(1);
  }

  @Test
  void twoPeopleOnTwoVisitsInOneWeekIsKept() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 10);
    verifier
        .verifyThat(PlanningConstraints::oneVisitPerWeek)
        .given(
            camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.ASSESSOR, bob))
        .penalizesBy(0);
  }

  @Test
  void owningARelationshipIsNotAVisit() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 10);
    verifier
        .verifyThat(PlanningConstraints::oneVisitPerWeek)
        .given(camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.OWNER, ann))
        .penalizesBy(0);
  }

  @Test
  void visitsInConsecutiveWeeksAreBroken() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 11);
    verifier
        .verifyThat(PlanningConstraints::restWeekBetweenVisits)
        .given(camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.LEAD, ann))
        .penalizesBy(1);
  }

  @Test
  void aWeekBetweenVisitsIsKept() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 12);
    verifier
        .verifyThat(PlanningConstraints::restWeekBetweenVisits)
        .given(camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.LEAD, ann))
        .penalizesBy(0);
  }

  private final LocalDate monday = week(10).monday();
  private final Person away =
      person(
          "amy@example.org",
          PersonKind.INTERNAL,
          true,
          Set.of(Skill.SOCIAL_WORK),
          List.of(new DateRange(monday.plusDays(4), monday.plusDays(10))),
          Set.of());

  @Test
  void aVisitOverlappingAPeriodAwayIsBroken() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::notWhileAway)
        .given(visit, seat(visit, SeatRole.LEAD, away))
        .penalizesBy(1);
  }

  @Test
  void aVisitTheWeekBeforeIsKept() {
    Visit visit = visit("E09000007", 9);
    verifier
        .verifyThat(PlanningConstraints::notWhileAway)
        .given(visit, seat(visit, SeatRole.LEAD, away))
        .penalizesBy(0);
  }

  private final Person conflicted =
      person(
          "cat@example.org",
          PersonKind.INTERNAL,
          true,
          Set.of(Skill.SOCIAL_WORK),
          List.of(),
          Set.of(new GssCode("E09000007")));

  @Test
  void aConflictedTeamMemberOrOwnerIsBroken() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::notConflicted)
        .given(
            visit, seat(visit, SeatRole.LEAD, conflicted), seat(visit, SeatRole.OWNER, conflicted))
        .penalizesBy(2);
  }

  @Test
  void aConflictWithAnotherCouncilIsKept() {
    Visit visit = visit("E09000003", 10);
    verifier
        .verifyThat(PlanningConstraints::notConflicted)
        .given(visit, seat(visit, SeatRole.LEAD, conflicted))
        .penalizesBy(0);
  }

  private final Programme programme = new Programme(LocalDate.of(2027, 4, 5), 104, 2);

  @Test
  void threeVisitsInAWeekForAPanelOfTwoIsBrokenOnce() {
    verifier
        .verifyThat(PlanningConstraints::weekCapacity)
        .given(
            programme,
            visit("E09000007", 10),
            visit("E09000003", 10),
            visit("E09000001", 10),
            visit("E09000002", 11))
        .penalizesBy(1);
  }

  @Test
  void twoVisitsInAWeekForAPanelOfTwoIsKept() {
    verifier
        .verifyThat(PlanningConstraints::weekCapacity)
        .given(programme, visit("E09000007", 10), visit("E09000003", 10))
        .penalizesBy(0);
  }

  @Test
  void higherPriorityCostsMoreTheLaterItIs() {
    Visit urgent =
        visit(new PlannedCouncil(council("E09000007", "London"), 3, false), Set.of(), 10);
    verifier.verifyThat(PlanningConstraints::priorityEarlier).given(urgent).penalizesBy(30);
  }

  @Test
  void sixWeeksNoticeIsWorseThanEight() {
    verifier
        .verifyThat(PlanningConstraints::preferredNotice)
        .given(visit("E09000007", 6))
        .penalizesBy(1);
    verifier
        .verifyThat(PlanningConstraints::preferredNotice)
        .given(visit("E09000007", 8))
        .penalizesBy(0);
  }

  @Test
  void travelOutsideTheirRegionCounts() {
    Visit visit =
        visit(new PlannedCouncil(council("E08000025", "West Midlands"), 0, false), Set.of(), 10);
    verifier
        .verifyThat(PlanningConstraints::travel)
        .given(visit, seat(visit, SeatRole.LEAD, ann), seat(visit, SeatRole.OWNER, bob))
        .penalizesBy(1);
  }

  @Test
  void anOwnerOffTheTeamCounts() {
    Visit visit = visit("E09000007", 10);
    verifier
        .verifyThat(PlanningConstraints::ownerOnTeam)
        .given(visit, seat(visit, SeatRole.LEAD, ann), seat(visit, SeatRole.OWNER, bob))
        .penalizesBy(1);
    verifier
        .verifyThat(PlanningConstraints::ownerOnTeam)
        .given(visit, seat(visit, SeatRole.LEAD, ann), seat(visit, SeatRole.OWNER, ann))
        .penalizesBy(0);
  }

  @Test
  void workIsCountedSquaredSoThatEvenIsCheaper() {
    Visit camden = visit("E09000007", 10);
    Visit barnet = visit("E09000003", 12);
    verifier
        .verifyThat(PlanningConstraints::evenWorkload)
        .given(camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.LEAD, ann))
        .penalizesBy(4);
    verifier
        .verifyThat(PlanningConstraints::evenWorkload)
        .given(
            camden, barnet, seat(camden, SeatRole.LEAD, ann), seat(barnet, SeatRole.ASSESSOR, bob))
        .penalizesBy(2);
  }

  @Test
  void aPilotAfterAnotherCouncilCounts() {
    Visit pilot = visit(new PlannedCouncil(council("E09000007", "London"), 0, true), Set.of(), 12);
    verifier
        .verifyThat(PlanningConstraints::pilotsFirst)
        .given(pilot, visit("E09000003", 10), visit("E09000001", 14))
        .penalizesBy(1);
  }

  @Test
  void visitsOverTheMonthsRampUpCapCount() {
    PlanningWeights weights = new PlanningWeights(Map.of(), List.of(1));
    verifier
        .verifyThat(PlanningConstraints::rampUp)
        .given(weights, visit("E09000007", 0), visit("E09000003", 2), visit("E09000001", 3))
        .penalizesBy(2);
    verifier
        .verifyThat(PlanningConstraints::rampUp)
        .given(weights, visit("E09000007", 0), visit("E09000003", 4))
        .penalizesBy(0);
  }

  @Test
  void visitsBunchedInOneWeekCostMoreThanVisitsSpreadOut() {
    verifier
        .verifyThat(PlanningConstraints::evenFlow)
        .given(visit("E09000007", 10), visit("E09000003", 10))
        .penalizesBy(4);
    verifier
        .verifyThat(PlanningConstraints::evenFlow)
        .given(visit("E09000007", 10), visit("E09000003", 11))
        .penalizesBy(2);
  }
}
