package uk.assure.planning.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Set;
import uk.assure.council.domain.GssCode;
import uk.assure.planning.domain.PlannedCouncil;
import uk.assure.planning.domain.ProgrammeWeek;

/** A council's site visit, placed by the solver in one week of the programme. */
@PlanningEntity
public class Visit {

  @PlanningId private String id;
  private PlannedCouncil council;
  private Set<Integer> blackedOutWeeks;

  @PlanningVariable private ProgrammeWeek week;

  /** For the solver, which copies solutions. */
  public Visit() {}

  /**
   * @param blackedOutWeeks the indexes of weeks a blackout keeps this council's visit from
   */
  public Visit(PlannedCouncil council, Set<Integer> blackedOutWeeks) {
    this.id = council.council().gss().value();
    this.council = council;
    this.blackedOutWeeks = Set.copyOf(blackedOutWeeks);
  }

  public String getId() {
    return id;
  }

  public PlannedCouncil getCouncil() {
    return council;
  }

  public GssCode gss() {
    return council.council().gss();
  }

  public String region() {
    return council.council().region();
  }

  public boolean isBlackedOut() {
    return week != null && blackedOutWeeks.contains(week.index());
  }

  public ProgrammeWeek getWeek() {
    return week;
  }

  public void setWeek(ProgrammeWeek week) {
    this.week = week;
  }

  public int weekIndex() {
    return week.index();
  }

  @Override
  public String toString() {
    return id + "@" + week;
  }
}
