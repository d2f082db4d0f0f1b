package uk.assure.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.assessment.domain.ScoreRevision;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.domain.GssCode;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.ScoringMethod;

/** Starting assessments and recording their scores, one checked revision at a time. */
@Service
public class AssessmentScoring {

  /** What became of a revision of the scores. */
  public sealed interface Outcome {
    record Saved(ScoreRevision revision) implements Outcome {}

    record NothingChanged() implements Outcome {}

    record ReasonNeeded() implements Outcome {}

    /** Someone else saved first: who and when, so the person can review and resubmit. */
    record Conflict(Optional<String> changedBy, Optional<Instant> changedAt) implements Outcome {}

    record NotEditable() implements Outcome {}

    /** The calibration panel has decided the scores; they change only once reopened to scoring. */
    record Locked() implements Outcome {}
  }

  /** What became of a request to start an assessment. */
  public sealed interface StartOutcome {
    record Started(AssessmentId id) implements StartOutcome {}

    /** The council already has an open assessment (not published, not withdrawn). */
    record AlreadyOpen(Optional<AssessmentId> open) implements StartOutcome {}
  }

  private final AssessmentRecords assessments;
  private final Framework framework;
  private final Clock clock;
  private final AuditTrail audit;
  private final ObjectProvider<ScoreLock> locks;
  private final ApplicationEventPublisher events;

  AssessmentScoring(
      AssessmentRecords assessments,
      Framework framework,
      Clock clock,
      AuditTrail audit,
      ObjectProvider<ScoreLock> locks,
      ApplicationEventPublisher events) {
    this.events = events;
    this.assessments = assessments;
    this.framework = framework;
    this.clock = clock;
    this.audit = audit;
    this.locks = locks;
  }

  /** Whether something, such as the panel's decision, holds the assessment's scores fixed. */
  public boolean locked(AssessmentId id) {
    return locks.stream().anyMatch(lock -> lock.locked(id));
  }

  /**
   * Starts an assessment of a council, unless the council already has one open: one open assessment
   * per council at a time.
   */
  @Transactional
  public StartOutcome begin(
      GssCode council, ScoringMethod method, LocalDate startedOn, String startedBy) {
    Optional<AssessmentId> open = assessments.openFor(council);
    if (open.isPresent()) {
      return new StartOutcome.AlreadyOpen(open);
    }
    Assessment assessment = Assessment.start(council, method, framework.version(), startedOn);
    if (!assessments.addIfNoneOpen(assessment)) {
      return new StartOutcome.AlreadyOpen(Optional.empty());
    }
    audit.record(
        AuditRecord.of(AuditAction.ASSESSMENT_CREATED, startedBy)
            .about("assessment", assessment.id())
            .withCouncil(council.value())
            .withDetail("method", method.code())
            .withDetail("startedOn", startedOn.toString()));
    events.publishEvent(new AssessmentStarted(assessment.id(), council, startedBy));
    return new StartOutcome.Started(assessment.id());
  }

  /**
   * Starts an assessment of a council that has none open.
   *
   * @throws IllegalStateException if the council has one open already
   */
  @Transactional
  public AssessmentId start(
      GssCode council, ScoringMethod method, LocalDate startedOn, String startedBy) {
    StartOutcome outcome = begin(council, method, startedOn, startedBy);
    if (outcome instanceof StartOutcome.Started started) {
      return started.id();
    }
    throw new IllegalStateException(
        "Council " + council.value() + " already has an open assessment");
  }

  /**
   * Records new scores if nobody has saved since {@code version}. Scores are keyed by statement
   * (2024-12) or by "statement/category" (2023-12), as {@link #flatten} gives them.
   */
  @Transactional
  public Outcome revise(
      AssessmentId id, int version, Map<String, Integer> scores, String reason, String editor) {
    // Taken first, so a panel decision locking the scores cannot commit between the check that
    // they are not locked and the save.
    assessments.hold(id);
    Optional<EditableAssessment> current = assessments.findEditable(id);
    if (current.isEmpty()) {
      return new Outcome.NotEditable();
    }
    EditableAssessment editable = current.get();
    if (locked(id)) {
      return new Outcome.Locked();
    }
    if (editable.version() != version) {
      return new Outcome.Conflict(editable.updatedBy(), editable.updatedAt());
    }
    ScoreRevision revision = new ScoreRevision(flatten(editable.assessment()), scores);
    if (!revision.changesAnything()) {
      return new Outcome.NothingChanged();
    }
    if (revision.needsReason() && (reason == null || reason.isBlank())) {
      return new Outcome.ReasonNeeded();
    }
    Instant at = clock.instant();
    boolean saved =
        editable.assessment().method() == ScoringMethod.STATEMENT_LEVEL
            ? assessments.replaceScores(id, version, scores, Map.of(), editor, at)
            : assessments.replaceScores(id, version, Map.of(), unflatten(scores), editor, at);
    if (!saved) {
      EditableAssessment now = assessments.findEditable(id).orElse(editable);
      return new Outcome.Conflict(now.updatedBy(), now.updatedAt());
    }
    assessments.recordEntries(id, revision.changes(), editor, at);
    audit.record(
        AuditRecord.of(AuditAction.SCORE_CHANGED, editor)
            .about("assessment", id)
            .withCouncil(editable.assessment().council().value())
            .withDetail("changes", revision.changes())
            .withDetail("reason", reason == null ? "" : reason)
            .withDetail("version", version + 1));
    return new Outcome.Saved(revision);
  }

  /** An assessment's scores with one key per scored item. */
  public static Map<String, Integer> flatten(Assessment assessment) {
    Map<String, Integer> flat = new LinkedHashMap<>(assessment.statementScores());
    assessment
        .categoryScores()
        .forEach(
            (statement, categories) ->
                categories.forEach(
                    (category, score) -> flat.put(statement + "/" + category, score)));
    return flat;
  }

  public static Map<String, Map<String, Integer>> unflatten(Map<String, Integer> scores) {
    Map<String, Map<String, Integer>> nested = new LinkedHashMap<>();
    scores.forEach(
        (item, score) -> {
          String[] parts = item.split("/", 2);
          nested.computeIfAbsent(parts[0], s -> new LinkedHashMap<>()).put(parts[1], score);
        });
    return nested;
  }
}
