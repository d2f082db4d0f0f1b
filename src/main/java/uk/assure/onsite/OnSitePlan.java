package uk.assure.onsite;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionClash;
import uk.assure.onsite.domain.SessionNote;

/**
 * The on-site visit's sessions and the notes taken in them, which count as evidence through {@link
 * OnSiteNoteEvidence}.
 */
@Service
public class OnSitePlan {

  private final SessionRecords records;
  private final AuditTrail audit;
  private final Clock clock;
  private final AssessmentRecords assessments;

  OnSitePlan(SessionRecords records, AuditTrail audit, Clock clock, AssessmentRecords assessments) {
    this.assessments = assessments;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /** The moment now, for a session being planned. */
  public java.time.Instant now() {
    return clock.instant();
  }

  public List<Session> sessions(AssessmentId assessment) {
    return records.sessions(assessment);
  }

  public List<SessionNote> notes(AssessmentId assessment) {
    return records.notes(assessment);
  }

  /**
   * Plans a session unless it would book a room or a person twice at overlapping times, in which
   * case nothing is stored and the clash is returned; planning the same one twice (a form sent
   * twice) keeps one.
   */
  @Transactional
  public Optional<SessionClash.Clash> plan(Assessment assessment, Session session) {
    // Taken first, so two sessions planned at once cannot both miss each other.
    assessments.hold(assessment.id());
    Optional<SessionClash.Clash> clash =
        SessionClash.find(session, records.sessions(assessment.id()));
    if (clash.isPresent()) {
      return clash;
    }
    if (records.add(assessment.id(), session)) {
      audit.record(
          AuditRecord.of(AuditAction.SESSION_PLANNED, session.plannedBy())
              .about("session", session.id())
              .withCouncil(assessment.council().value())
              .withDetail("assessment", assessment.id().toString())
              .withDetail("kind", session.kind().code())
              .withDetail("on", session.on().toString()));
    }
    return Optional.empty();
  }

  @Transactional
  public void addNote(
      Assessment assessment,
      UUID session,
      String body,
      EvidenceCategory category,
      List<String> statements,
      String actor) {
    SessionNote note =
        new SessionNote(
            UUID.randomUUID(), session, body, category, statements, actor, clock.instant());
    records.addNote(note);
    audit.record(
        AuditRecord.of(AuditAction.SESSION_NOTE_ADDED, actor)
            .about("session", session)
            .withCouncil(assessment.council().value())
            .withDetail("category", category.code())
            .withDetail("statements", String.join(",", statements)));
  }
}
