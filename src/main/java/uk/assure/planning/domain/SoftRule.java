package uk.assure.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What makes one feasible plan better than another, each with the weight it has unless the planner
 * sets another ({@link PlanningWeights}). The name is the solver's constraint name.
 */
public enum SoftRule {
  PRIORITY_EARLIER("Higher priority earlier", "priority-earlier", 1),
  PREFERRED_NOTICE("Eight weeks' notice rather than six", "preferred-notice", 20),
  EVEN_WORKLOAD("Workload even across people", "even-workload", 1),
  TRAVEL("Team members from the council's region", "travel", 2),
  OWNER_ON_TEAM("Relationship owner on the team", "owner-on-team", 8),
  OWNERS_EVEN("Relationship owners spread evenly", "owners-even", 2),
  PILOTS_FIRST("Pilots first", "pilots-first", 50),
  RAMP_UP("Ramp-up cap per month", "ramp-up", 40),
  EVEN_FLOW("Site visits spread evenly over the weeks", "even-flow", 30);

  private final String constraintName;
  private final String code;
  private final long defaultWeight;

  SoftRule(String constraintName, String code, long defaultWeight) {
    this.constraintName = constraintName;
    this.code = code;
    this.defaultWeight = defaultWeight;
  }

  public String constraintName() {
    return constraintName;
  }

  /** The rule's name in a weights setting or file. */
  public String code() {
    return code;
  }

  public long defaultWeight() {
    return defaultWeight;
  }

  public static Optional<SoftRule> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
