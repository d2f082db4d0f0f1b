package uk.assure.planning.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PlanningWeights;
import uk.assure.planning.domain.Programme;
import uk.assure.planning.domain.ProgrammeWeek;
import uk.assure.planning.domain.SoftRule;

/** The planning problem and, once solved, the plan: weeks and people for every council. */
@PlanningSolution
public class ProgrammePlan {

  @ProblemFactProperty private Programme programme;
  @ProblemFactProperty private PlanningWeights weights;

  @ProblemFactCollectionProperty @ValueRangeProvider private List<ProgrammeWeek> weeks;

  @ProblemFactCollectionProperty @ValueRangeProvider private List<Person> people;

  @PlanningEntityCollectionProperty private List<Visit> visits;

  @PlanningEntityCollectionProperty private List<Seat> seats;

  private ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides;

  @PlanningScore private HardSoftLongScore score;

  /** For the solver, which copies solutions. */
  public ProgrammePlan() {}

  public ProgrammePlan(
      Programme programme,
      PlanningWeights weights,
      List<ProgrammeWeek> weeks,
      List<Person> people,
      List<Visit> visits,
      List<Seat> seats) {
    this.programme = programme;
    this.weights = weights;
    this.weeks = weeks;
    this.people = people;
    this.visits = visits;
    this.seats = seats;
    Map<String, HardSoftLongScore> overrides = new HashMap<>();
    for (SoftRule rule : SoftRule.values()) {
      overrides.put(rule.constraintName(), HardSoftLongScore.ofSoft(weights.weight(rule)));
    }
    this.constraintWeightOverrides = ConstraintWeightOverrides.of(overrides);
  }

  public Programme getProgramme() {
    return programme;
  }

  public PlanningWeights getWeights() {
    return weights;
  }

  public List<ProgrammeWeek> getWeeks() {
    return weeks;
  }

  public List<Person> getPeople() {
    return people;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public List<Seat> getSeats() {
    return seats;
  }

  public ConstraintWeightOverrides<HardSoftLongScore> getConstraintWeightOverrides() {
    return constraintWeightOverrides;
  }

  public void setConstraintWeightOverrides(
      ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides) {
    this.constraintWeightOverrides = constraintWeightOverrides;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
