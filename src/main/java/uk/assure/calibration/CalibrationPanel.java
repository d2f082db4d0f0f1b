package uk.assure.calibration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.ScoreLock;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.calibration.domain.DecisionRules;
import uk.assure.calibration.domain.PanelDecision;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.Stage;
import uk.assure.shared.domain.Refusal;

/**
 * The calibration panel's decision, which locks the scores until a lead assessor reopens the
 * assessment to scoring. What the panel reads before deciding (the national picture, comparators,
 * flags and who scored what) is {@link PanelComparisons}.
 */
@Service
public class CalibrationPanel implements ScoreLock {

  /** What became of a decision sent by the panel. */
  public sealed interface Outcome {
    record Decided(PanelDecision decision) implements Outcome {}

    /** A decision is in force already (the form was sent twice, or someone decided first). */
    record AlreadyDecided(PanelDecision decision) implements Outcome {}

    record Refused(List<Refusal> problems) implements Outcome {}

    /** The scores changed since the person opened the form. */
    record Stale() implements Outcome {}

    record NotAtCalibration() implements Outcome {}

    record NotFound() implements Outcome {}
  }

  private final AssessmentRecords assessments;
  private final AssessmentScoring scoring;
  private final AssessmentJourney journey;
  private final DecisionRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  CalibrationPanel(
      AssessmentRecords assessments,
      AssessmentScoring scoring,
      AssessmentJourney journey,
      DecisionRecords records,
      AuditTrail audit,
      Clock clock) {
    this.assessments = assessments;
    this.scoring = scoring;
    this.journey = journey;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The panel's decision in force on the assessment, if any. Publication refuses to publish an
   * assessment without one.
   */
  public Optional<PanelDecision> decision(AssessmentId assessment) {
    return records.inForce(assessment);
  }

  /** Every decision on the assessment, newest first, superseded ones included. */
  public List<PanelDecision> decisions(AssessmentId assessment) {
    return records.all(assessment);
  }

  /** Scores are locked while a panel decision is in force. */
  @Override
  public boolean locked(AssessmentId assessment) {
    return records.inForce(assessment).isPresent();
  }

  /** Whether the assessment is at the calibration stage of its journey. */
  public boolean atCalibration(Assessment assessment) {
    return journey.state(assessment).stage() == Stage.CALIBRATION;
  }

  /**
   * Records the panel's decision: confirmed, or changed with a reason for every changed score
   * (changes go through {@link AssessmentScoring#revise}, so they are kept and audited like any
   * other). Then the scores are locked.
   *
   * @param version the assessment's version the panel saw
   * @param proposed every item's score as the panel wants it (used only for a change)
   */
  @Transactional
  public Outcome decide(
      AssessmentId id,
      int version,
      DecisionOutcome outcome,
      Map<String, Integer> proposed,
      Map<String, String> reasons,
      String note,
      String by) {
    assessments.hold(id);
    Optional<EditableAssessment> found = assessments.findEditable(id);
    if (found.isEmpty() || found.get().assessment().demo()) {
      // A published assessment has gone past calibration; anything else is not the panel's.
      boolean published = assessments.find(id).filter(a -> !a.demo()).isPresent();
      return published ? new Outcome.NotAtCalibration() : new Outcome.NotFound();
    }
    EditableAssessment editable = found.get();
    Optional<PanelDecision> existing = records.inForce(id);
    if (existing.isPresent()) {
      return new Outcome.AlreadyDecided(existing.get());
    }
    if (!atCalibration(editable.assessment())) {
      return new Outcome.NotAtCalibration();
    }
    if (editable.version() != version) {
      return new Outcome.Stale();
    }
    String why = note == null ? "" : note.strip();
    Map<String, Integer> current = AssessmentScoring.flatten(editable.assessment());
    DecisionRules.Checked checked = DecisionRules.check(outcome, current, proposed, reasons, why);
    if (!checked.problems().isEmpty()) {
      return new Outcome.Refused(checked.problems());
    }
    if (outcome == DecisionOutcome.CHANGED) {
      StringBuilder reason = new StringBuilder();
      checked
          .changes()
          .forEach(c -> reason.append(c.item()).append(": ").append(c.reason()).append('\n'));
      AssessmentScoring.Outcome revised =
          scoring.revise(id, version, proposed, reason.toString().strip(), by);
      if (!(revised instanceof AssessmentScoring.Outcome.Saved)) {
        return new Outcome.Stale();
      }
    }
    Instant at = clock.instant();
    PanelDecision decision =
        new PanelDecision(UUID.randomUUID(), id, outcome, why, checked.changes(), by, at);
    if (!records.add(decision)) {
      throw new IllegalStateException("A decision appeared while the assessment was held");
    }
    audit.record(
        AuditRecord.of(AuditAction.PANEL_DECIDED, by)
            .about("assessment", id)
            .withCouncil(editable.assessment().council().value())
            .withDetail("outcome", outcome.code())
            .withDetail("note", why)
            .withDetail(
                "changes",
                checked.changes().stream()
                    .map(c -> c.item() + " " + c.from() + " to " + c.to() + ": " + c.reason())
                    .toList()));
    return new Outcome.Decided(decision);
  }

  /** Reopening an assessment to scoring (or earlier) supersedes the panel's decision. */
  @EventListener
  void onStageEntered(StageEntered event) {
    if (event.stage().isBefore(Stage.CALIBRATION)
        && records.supersede(event.assessment(), event.actor(), clock.instant())) {
      audit.record(
          AuditRecord.of(AuditAction.PANEL_DECISION_SUPERSEDED, event.actor())
              .about("assessment", event.assessment())
              .withDetail("reopenedTo", event.stage().code()));
    }
  }
}
