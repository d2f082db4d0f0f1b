package uk.assure.planning.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.assure.planning.domain.Blackout;
import uk.assure.planning.domain.EngagementMeetings;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PlanRow;
import uk.assure.planning.domain.PlannedCouncil;
import uk.assure.planning.domain.PlanningProblem;
import uk.assure.planning.domain.ProgrammeWeek;

/** Turns a planning problem into the solver's model, and a solved model into plan rows. */
public final class PlanModel {

  private PlanModel() {}

  /** The problem with every week and every place still to be chosen. */
  public static ProgrammePlan unsolved(PlanningProblem problem) {
    List<ProgrammeWeek> weeks = problem.programme().weeks(problem.calendar());
    List<Visit> visits = new ArrayList<>();
    List<Seat> seats = new ArrayList<>();
    for (PlannedCouncil council : problem.councils()) {
      Set<Integer> blackedOut = new HashSet<>();
      for (ProgrammeWeek week : weeks) {
        for (Blackout blackout : problem.blackouts()) {
          if (blackout.blocks(council.council().gss(), week.monday(), week.friday())) {
            blackedOut.add(week.index());
          }
        }
      }
      Visit visit = new Visit(council, blackedOut);
      visits.add(visit);
      for (SeatRole role : SeatRole.values()) {
        List<Person> candidates =
            problem.people().stream()
                .filter(p -> role.fits(p) && !p.isConflictedWith(council.council().gss()))
                .toList();
        // With nobody who fits, anyone: the plan then breaks a rule the planner is told about.
        seats.add(new Seat(visit, role, candidates.isEmpty() ? problem.people() : candidates));
      }
    }
    return new ProgrammePlan(
        problem.programme(), problem.weights(), weeks, problem.people(), visits, seats);
  }

  /** One row per council, in the order the councils were given. */
  public static List<PlanRow> rows(ProgrammePlan plan, PlanningProblem problem) {
    List<PlanRow> rows = new ArrayList<>();
    int spread = 0;
    for (Visit visit : plan.getVisits()) {
      List<String> assessors = new ArrayList<>();
      List<String> reviewers = new ArrayList<>();
      String lead = null;
      String owner = null;
      for (Seat seat : plan.getSeats()) {
        if (seat.getVisit() != visit || seat.getPerson() == null) {
          continue;
        }
        String email = seat.getPerson().email();
        switch (seat.getRole()) {
          case LEAD -> lead = email;
          case ASSESSOR -> assessors.add(email);
          case REVIEWER -> reviewers.add(email);
          case OWNER -> owner = email;
        }
      }
      ProgrammeWeek week = visit.getWeek();
      LocalDate start = week.monday();
      LocalDate end = week.friday();
      rows.add(
          new PlanRow(
              visit.gss(),
              visit.getCouncil().council().name(),
              week.notice(),
              start,
              end,
              lead,
              assessors,
              reviewers,
              owner,
              EngagementMeetings.plan(
                  problem.programme(), problem.calendar(), start, end, spread++)));
    }
    return rows;
  }
}
