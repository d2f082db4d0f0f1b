package uk.assure.planning.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import uk.assure.planning.domain.Person;

/** A place for a council (lead, assessor, reviewer or owner), filled by the solver. */
@PlanningEntity
public class Seat {

  @PlanningId private String id;
  private Visit visit;
  private SeatRole role;
  private List<Person> candidates;

  @PlanningVariable private Person person;

  /** For the solver, which copies solutions. */
  public Seat() {}

  /**
   * @param candidates who may take this place: the solver chooses only among them, so that it does
   *     not spend its time on people who could never fit (the constraints still check)
   */
  public Seat(Visit visit, SeatRole role, List<Person> candidates) {
    this.id = visit.getId() + "/" + role.name();
    this.visit = visit;
    this.role = role;
    this.candidates = List.copyOf(candidates);
  }

  /** Who may take this place. */
  public List<Person> getCandidates() {
    return candidates;
  }

  public String getId() {
    return id;
  }

  public Visit getVisit() {
    return visit;
  }

  public SeatRole getRole() {
    return role;
  }

  public boolean onTeam() {
    return role.onTeam();
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  @Override
  public String toString() {
    return id + "=" + person;
  }
}
