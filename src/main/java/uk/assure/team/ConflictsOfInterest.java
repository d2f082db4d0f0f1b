package uk.assure.team;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.GssCode;
import uk.assure.shared.domain.Refusal;
import uk.assure.team.domain.Conflict;

/**
 * Conflicts of interest staff have with councils, declared by the person or recorded for them by an
 * administrator; a conflicted person cannot join that council's assessment teams.
 */
@Service
public class ConflictsOfInterest {

  /** What became of a declaration. */
  public sealed interface Outcome {
    record Recorded() implements Outcome {}

    /** Refused, with the form field at fault and the message key saying why. */
    record Refused(Refusal refusal) implements Outcome {}
  }

  private final TeamRecords records;
  private final CouncilRegistry councils;
  private final AuditTrail audit;
  private final Clock clock;

  ConflictsOfInterest(
      TeamRecords records, CouncilRegistry councils, AuditTrail audit, Clock clock) {
    this.records = records;
    this.councils = councils;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Conflict> of(UUID person) {
    return records.conflicts(person);
  }

  /** Records that the person has a conflict of interest with the council. */
  @Transactional
  public Outcome declare(UUID person, String council, String reason, String actor) {
    var gss = GssCode.parse(council == null ? "" : council.strip());
    if (gss.isEmpty() || councils.find(gss.get()).isEmpty()) {
      return new Outcome.Refused(new Refusal("council", "conflict.problem.council"));
    }
    if (reason == null || reason.isBlank()) {
      return new Outcome.Refused(new Refusal("reason", "conflict.problem.reason"));
    }
    if (reason.strip().length() > Conflict.MAX_REASON) {
      return new Outcome.Refused(new Refusal("reason", "conflict.problem.reasonTooLong"));
    }
    var email = records.person(person).map(p -> p.email());
    if (email.isEmpty()) {
      return new Outcome.Refused(new Refusal("council", "conflict.problem.person"));
    }
    Conflict conflict = new Conflict(person, gss.get(), reason, actor, clock.instant());
    if (!records.addConflict(conflict)) {
      return new Outcome.Refused(new Refusal("council", "conflict.problem.already"));
    }
    audit.record(
        AuditRecord.of(AuditAction.CONFLICT_DECLARED, actor)
            .about("user", person)
            .withCouncil(gss.get().value())
            .withDetail("person", email.get()));
    return new Outcome.Recorded();
  }
}
