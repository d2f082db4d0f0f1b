package uk.assure.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.Programme;
import uk.assure.planning.domain.ProgrammeWeek;
import uk.assure.planning.domain.Skill;

/**
 * The benchmark's baseline: a plan made as a careful person would by hand, one council at a time in
 * priority order, each in the earliest week that still has room and keeps every rule it can see,
 * with the least busy people who are free. No search, no second thoughts.
 */
public final class GreedyPlanner {

  private GreedyPlanner() {}

  /** Fills every week and place of an unsolved plan in place, and returns it. */
  public static ProgrammePlan plan(ProgrammePlan plan) {
    Map<Visit, List<Seat>> seatsByVisit = new HashMap<>();
    plan.getSeats()
        .forEach(s -> seatsByVisit.computeIfAbsent(s.getVisit(), v -> new ArrayList<>()).add(s));
    Map<Person, List<Integer>> busy = new HashMap<>();
    Map<Person, Integer> owned = new HashMap<>();
    Map<Integer, Integer> perWeek = new HashMap<>();
    Map<Integer, Integer> perMonth = new HashMap<>();
    List<Visit> order = new ArrayList<>(plan.getVisits());
    order.sort(
        Comparator.comparing((Visit v) -> !v.getCouncil().pilot())
            .thenComparing(v -> -v.getCouncil().priority()));
    Programme programme = plan.getProgramme();
    for (Visit visit : order) {
      List<Seat> seats = seatsByVisit.get(visit);
      ProgrammeWeek chosen = null;
      for (ProgrammeWeek week : plan.getWeeks()) {
        visit.setWeek(week);
        if (week.noticeDays() < Programme.MINIMUM_NOTICE_DAYS
            || week.bankHoliday()
            || visit.isBlackedOut()
            || perWeek.getOrDefault(week.index(), 0) >= programme.maxVisitsPerWeek()
            || perMonth.getOrDefault(week.month(), 0)
                >= plan.getWeights().rampUpCap(week.month())) {
          continue;
        }
        if (staff(plan, visit, seats, busy, false)) {
          chosen = week;
          break;
        }
      }
      if (chosen == null) {
        chosen = plan.getWeeks().get(plan.getWeeks().size() - 1);
        visit.setWeek(chosen);
      }
      staff(plan, visit, seats, busy, true);
      perWeek.merge(chosen.index(), 1, Integer::sum);
      perMonth.merge(chosen.month(), 1, Integer::sum);
      Seat ownerSeat =
          seats.stream().filter(s -> s.getRole() == SeatRole.OWNER).findFirst().orElseThrow();
      plan.getPeople().stream()
          .filter(p -> SeatRole.OWNER.fits(p) && !p.isConflictedWith(visit.gss()))
          .min(Comparator.comparing((Person p) -> owned.getOrDefault(p, 0)))
          .ifPresent(
              p -> {
                ownerSeat.setPerson(p);
                owned.merge(p, 1, Integer::sum);
              });
    }
    return plan;
  }

  /** Picks a team for the visit's week; with {@code commit}, fills the seats even if imperfect. */
  private static boolean staff(
      ProgrammePlan plan,
      Visit visit,
      List<Seat> seats,
      Map<Person, List<Integer>> busy,
      boolean commit) {
    List<Person> team = new ArrayList<>();
    boolean complete = true;
    for (SeatRole role : List.of(SeatRole.LEAD, SeatRole.REVIEWER, SeatRole.ASSESSOR)) {
      boolean needSocialWork =
          role == SeatRole.ASSESSOR && team.stream().noneMatch(p -> p.has(Skill.SOCIAL_WORK));
      Optional<Person> pick =
          plan.getPeople().stream()
              .filter(p -> role.fits(p) && !team.contains(p) && free(p, visit, busy))
              .filter(p -> !needSocialWork || p.has(Skill.SOCIAL_WORK))
              .min(
                  Comparator.comparing((Person p) -> busy.getOrDefault(p, List.of()).size())
                      .thenComparing(p -> !p.region().equals(visit.region())));
      if (pick.isEmpty()) {
        complete = false;
        if (!commit) {
          return false;
        }
        pick = plan.getPeople().stream().filter(role::fits).findFirst();
      }
      pick.ifPresent(team::add);
      if (commit) {
        Seat seat = seats.stream().filter(s -> s.getRole() == role).findFirst().orElseThrow();
        pick.ifPresent(seat::setPerson);
      }
    }
    if (commit) {
      team.forEach(p -> busy.computeIfAbsent(p, x -> new ArrayList<>()).add(visit.weekIndex()));
    }
    return complete;
  }

  private static boolean free(Person person, Visit visit, Map<Person, List<Integer>> busy) {
    ProgrammeWeek week = visit.getWeek();
    return !person.isConflictedWith(visit.gss())
        && !person.isAwayDuring(week.monday(), week.friday())
        && busy.getOrDefault(person, List.of()).stream()
            .noneMatch(other -> Math.abs(other - week.index()) <= 1);
  }
}
