package uk.assure.planning.domain;

import java.util.List;
import java.util.Objects;
import uk.assure.journey.domain.WorkingDays;

/** Everything the planner is given: the window, the calendar, the councils, the roster. */
public record PlanningProblem(
    Programme programme,
    WorkingDays calendar,
    List<PlannedCouncil> councils,
    List<Person> people,
    List<Blackout> blackouts,
    PlanningWeights weights) {

  public PlanningProblem {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(weights, "weights");
    councils = List.copyOf(councils);
    people = List.copyOf(people);
    blackouts = List.copyOf(blackouts);
  }
}
