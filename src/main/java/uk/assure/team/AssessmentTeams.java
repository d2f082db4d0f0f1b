package uk.assure.team;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentStarted;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.security.domain.Role;
import uk.assure.team.domain.Person;
import uk.assure.team.domain.Team;
import uk.assure.team.domain.TeamRole;

/**
 * Each assessment's team: who is on it in which part, checked by {@link Team#admit} and audited.
 * Assessors and lead assessors open only the assessments whose team they are on.
 */
@Service
public class AssessmentTeams {

  /** What became of a request to add someone to a team. */
  public sealed interface Outcome {
    record Added() implements Outcome {}

    /**
     * @param reason the message key saying why
     */
    record Refused(String reason) implements Outcome {}
  }

  private final TeamRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  AssessmentTeams(TeamRecords records, AuditTrail audit, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  public Team team(AssessmentId assessment) {
    return new Team(records.members(assessment));
  }

  /** Whether the person is on the assessment's team. */
  public boolean onTeam(AssessmentId assessment, UUID person) {
    return records.isOn(assessment, person);
  }

  /** The assessments whose team the person is on. */
  public Set<AssessmentId> assessmentsOf(UUID person) {
    return records.assessmentsOf(person);
  }

  /** Staff who may be named on a team: lead assessors and assessors, by email address. */
  public List<Person> candidates() {
    return records.staff().stream()
        .filter(p -> p.role() == Role.LEAD_ASSESSOR || p.role() == Role.ASSESSOR)
        .toList();
  }

  /** Every active member of staff, for the administrators' people page. */
  public List<Person> staff() {
    return records.staff();
  }

  public Optional<Person> person(UUID id) {
    return records.person(id);
  }

  /** Adds a person to the assessment's team in a part, if the rules allow. */
  @Transactional
  public Outcome add(Assessment assessment, UUID personId, TeamRole role, String actor) {
    Optional<Person> person = records.person(personId);
    if (person.isEmpty()) {
      return new Outcome.Refused("team.refused.unknown");
    }
    if (assessment.published()) {
      return new Outcome.Refused("team.refused.published");
    }
    Team team = team(assessment.id());
    boolean conflicted = records.conflicted(personId, assessment.council());
    if (team.admit(person.get(), role, conflicted) instanceof Team.Admission.Refused refused) {
      return new Outcome.Refused(refused.reason());
    }
    if (!records.add(assessment.id(), personId, role, actor, clock.instant())) {
      // Someone else added them, or a lead, between reading the team and adding.
      return new Outcome.Refused(
          records.isOn(assessment.id(), personId)
              ? "team.refused.already"
              : "team.refused.leadTaken");
    }
    audit.record(
        AuditRecord.of(AuditAction.TEAM_MEMBER_ADDED, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("person", person.get().email())
            .withDetail("teamRole", role.code()));
    return new Outcome.Added();
  }

  /** Takes a person off the assessment's team; false when they were not on it. */
  @Transactional
  public boolean remove(Assessment assessment, UUID personId, String actor) {
    Optional<Person> person = records.person(personId);
    if (person.isEmpty() || !records.remove(assessment.id(), personId)) {
      return false;
    }
    audit.record(
        AuditRecord.of(AuditAction.TEAM_MEMBER_REMOVED, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("person", person.get().email()));
    return true;
  }

  /** Marks a staff account as an external specialist reviewer's, or not; audited. */
  @Transactional
  public boolean setExternal(UUID personId, boolean external, String actor) {
    Optional<Person> person = records.person(personId);
    if (person.isEmpty()) {
      return false;
    }
    if (person.get().external() == external) {
      return true;
    }
    records.setExternal(personId, external);
    audit.record(
        AuditRecord.of(AuditAction.EXTERNAL_REVIEWER_SET, actor)
            .about("user", personId)
            .withDetail("person", person.get().email())
            .withDetail("external", String.valueOf(external)));
    return true;
  }

  /** A lead assessor who starts an assessment leads it. */
  @EventListener
  void leadWhatTheyStart(AssessmentStarted started) {
    records
        .person(started.startedBy())
        .filter(p -> p.role() == Role.LEAD_ASSESSOR)
        .ifPresent(
            lead -> {
              records.add(
                  started.assessment(), lead.id(), TeamRole.LEAD, lead.email(), clock.instant());
              audit.record(
                  AuditRecord.of(AuditAction.TEAM_MEMBER_ADDED, started.startedBy())
                      .about("assessment", started.assessment())
                      .withCouncil(started.council().value())
                      .withDetail("person", lead.email())
                      .withDetail("teamRole", TeamRole.LEAD.code()));
            });
  }
}
