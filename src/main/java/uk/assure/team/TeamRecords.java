package uk.assure.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.team.domain.Conflict;
import uk.assure.team.domain.Person;
import uk.assure.team.domain.TeamMember;
import uk.assure.team.domain.TeamRole;

/** Assessment teams, staff as teams see them, and conflicts of interest, as stored. */
public interface TeamRecords {

  /** The team of an assessment: the lead first, then by email address. */
  List<TeamMember> members(AssessmentId assessment);

  /** Adds a person to a team; false when they are already on it or it has a lead already. */
  boolean add(AssessmentId assessment, UUID person, TeamRole role, String by, Instant at);

  /** Takes a person off a team; false when they were not on it. */
  boolean remove(AssessmentId assessment, UUID person);

  boolean isOn(AssessmentId assessment, UUID person);

  /** The assessments whose team the person is on. */
  Set<AssessmentId> assessmentsOf(UUID person);

  /** Every active member of staff, by email address. */
  List<Person> staff();

  Optional<Person> person(UUID id);

  Optional<Person> person(String email);

  /** Marks a staff account as an external reviewer's or not; false when there is none. */
  boolean setExternal(UUID person, boolean external);

  /** Records a conflict; false when the person has already declared one with the council. */
  boolean addConflict(Conflict conflict);

  List<Conflict> conflicts(UUID person);

  boolean conflicted(UUID person, GssCode council);
}
