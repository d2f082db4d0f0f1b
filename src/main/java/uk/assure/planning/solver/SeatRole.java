package uk.assure.planning.solver;

import uk.assure.planning.domain.Person;
import uk.assure.planning.domain.PersonKind;

/** A place to fill for a council: three on the assessment team, and its relationship owner. */
public enum SeatRole {
  LEAD,
  ASSESSOR,
  REVIEWER,
  OWNER;

  /** Whether this place is on the team that makes the site visit. */
  public boolean onTeam() {
    return this != OWNER;
  }

  /** Whether this person may fill this place. */
  public boolean fits(Person person) {
    return switch (this) {
      case LEAD -> person.isInternal() && person.canLead();
      case ASSESSOR -> true;
      case REVIEWER -> person.kind() == PersonKind.EXTERNAL;
      case OWNER -> person.isInternal();
    };
  }
}
