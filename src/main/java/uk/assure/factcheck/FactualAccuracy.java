package uk.assure.factcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.document.Documents;
import uk.assure.document.Upload;
import uk.assure.factcheck.domain.AccuracyComment;
import uk.assure.factcheck.domain.Draft;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.factcheck.domain.Verdict;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageBlocked;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.Stage;
import uk.assure.report.ReportComposer;
import uk.assure.report.ReportUnavailable;
import uk.assure.shared.domain.Refusal;

/**
 * The factual accuracy check: the draft report sent to the council when the assessment enters the
 * check, the council's comments on it section by section and its one submission, and the assessors'
 * decision on each comment.
 *
 * <p>It is over 300 lines because its three steps (comment, submit, decide) each lock the latest
 * draft and check the stage in the same way, and share those checks here; the rules of the check
 * itself are in {@code factcheck/domain}.
 */
@Service
public class FactualAccuracy {

  /** What became of a comment, a submission or a decision. */
  public sealed interface Outcome {
    record Done() implements Outcome {}

    record Refused(List<Refusal> problems) implements Outcome {}

    /** Someone changed it since the person looked (or it was sent twice). */
    record Stale() implements Outcome {}
  }

  /** How dates read in messages about the check. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final FactCheckRecords records;
  private final ReportComposer composer;
  private final AssessmentJourney journey;
  private final Documents documents;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  FactualAccuracy(
      FactCheckRecords records,
      ReportComposer composer,
      AssessmentJourney journey,
      Documents documents,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.records = records;
    this.composer = composer;
    this.journey = journey;
    this.documents = documents;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Sends the draft when an assessment enters the check: the report as composed now is kept as the
   * next draft, in the transaction of the move. A report that cannot be composed stops the move.
   */
  @EventListener
  void onStageEntered(StageEntered event) {
    if (event.stage() == Stage.FACTUAL_ACCURACY) {
      send(event.assessment(), event.actor());
    }
  }

  private void send(AssessmentId assessment, String actor) {
    ReportSnapshot report;
    try {
      report = ReportSnapshot.of(composer.compose(assessment));
    } catch (ReportUnavailable e) {
      throw new StageBlocked(
          List.of(
              StageBlocked.Reason.of("factcheck.send.unavailable"),
              new StageBlocked.Reason(e.messageKey(), e.arguments())));
    }
    LocalDate today = journey.today();
    Draft draft =
        new Draft(
            assessment,
            records.draftCount(assessment) + 1,
            report,
            actor,
            clock.instant(),
            today,
            journey.deadlines().factualAccuracyDue(today).date());
    records.addDraft(draft);
    audit.record(
        AuditRecord.of(AuditAction.DRAFT_SENT, actor)
            .about("assessment", assessment)
            .withDetail("draft", draft.number())
            .withDetail("hash", report.contentHash())
            .withDetail("due", draft.dueOn().toString()));
  }

  public LocalDate today() {
    return journey.today();
  }

  /** The check of the latest draft sent, if one was. */
  public Optional<FactualAccuracyCheck> check(AssessmentId assessment) {
    return records.latestDraft(assessment).map(this::checkOf);
  }

  private FactualAccuracyCheck checkOf(Draft draft) {
    return new FactualAccuracyCheck(
        draft,
        records.comments(draft.assessment(), draft.number()),
        records.submission(draft.assessment(), draft.number()));
  }

  /**
   * Checks and saves a council's comment on a section of the latest draft, under the key of the
   * form it came from: the same form sent again is taken as done, not stored twice.
   */
  public Outcome comment(
      Assessment assessment,
      UUID key,
      int draftNumber,
      String sectionKey,
      String whatIsWrong,
      String correction,
      Optional<Upload> evidence,
      String actor) {
    return transaction.execute(
        status -> {
          Optional<FactualAccuracyCheck> locked = lockLatest(assessment.id(), draftNumber);
          if (locked.isEmpty()) {
            return new Outcome.Stale();
          }
          FactualAccuracyCheck check = locked.get();
          if (check.comments().stream().anyMatch(c -> c.id().equals(key))) {
            return new Outcome.Done();
          }
          LocalDate today = today();
          List<Refusal> problems =
              stillInCheck(assessment)
                  .map(reason -> List.of(new Refusal("section", reason)))
                  .orElseGet(() -> check.checkComment(sectionKey, whatIsWrong, correction, today));
          if (!problems.isEmpty()) {
            return new Outcome.Refused(problems);
          }
          Optional<UUID> document = Optional.empty();
          if (evidence.isPresent()) {
            Documents.Outcome stored = documents.upload(assessment, evidence.get(), actor);
            if (stored instanceof Documents.Outcome.Refused refused) {
              status.setRollbackOnly();
              return new Outcome.Refused(List.of(new Refusal("evidence", refused.problemKey())));
            }
            document = Optional.of(((Documents.Outcome.Stored) stored).document().id().value());
          }
          AccuracyComment comment =
              new AccuracyComment(
                  key,
                  draftNumber,
                  sectionKey,
                  whatIsWrong.strip(),
                  correction.strip(),
                  document,
                  actor,
                  clock.instant(),
                  Optional.empty(),
                  0);
          records.addComment(assessment.id(), comment);
          audit.record(
              AuditRecord.of(AuditAction.ACCURACY_COMMENTED, actor)
                  .about("assessment", assessment.id())
                  .withCouncil(assessment.council().value())
                  .withDetail("draft", draftNumber)
                  .withDetail("section", sectionKey)
                  .withDetail("comment", comment.id().toString()));
          return new Outcome.Done();
        });
  }

  /** Records the council's one submission of its comments on the latest draft. */
  public Outcome submit(Assessment assessment, int draftNumber, String actor) {
    return transaction.execute(
        status -> {
          Optional<FactualAccuracyCheck> locked = lockLatest(assessment.id(), draftNumber);
          if (locked.isEmpty()) {
            return new Outcome.Stale();
          }
          Optional<String> closed =
              stillInCheck(assessment).or(() -> locked.get().whyClosed(today()));
          if (closed.isPresent()) {
            return new Outcome.Refused(List.of(new Refusal("submit", closed.get())));
          }
          if (!records.submit(
              assessment.id(),
              draftNumber,
              new FactualAccuracyCheck.Submission(actor, clock.instant()))) {
            return new Outcome.Refused(
                List.of(new Refusal("submit", "factcheck.closed.submitted")));
          }
          audit.record(
              AuditRecord.of(AuditAction.ACCURACY_SUBMITTED, actor)
                  .about("assessment", assessment.id())
                  .withCouncil(assessment.council().value())
                  .withDetail("draft", draftNumber)
                  .withDetail("comments", locked.get().comments().size()));
          events.publishEvent(
              new AccuracyCommentsSubmitted(
                  assessment.id(),
                  assessment.council(),
                  draftNumber,
                  locked.get().comments().size(),
                  actor));
          return new Outcome.Done();
        });
  }

  /**
   * Records the assessors' decision on a comment of the latest draft, once the council can no
   * longer comment.
   *
   * @throws IllegalArgumentException when the comment is not one of the latest draft's
   */
  public Outcome decide(
      Assessment assessment,
      UUID commentId,
      int seenVersion,
      String verdictCode,
      String reason,
      String actor) {
    return transaction.execute(
        status -> {
          Draft latest =
              records
                  .latestDraft(assessment.id())
                  .orElseThrow(() -> new IllegalArgumentException("No draft was sent"));
          FactualAccuracyCheck check =
              checkOf(records.lockDraft(assessment.id(), latest.number()).orElseThrow());
          AccuracyComment comment =
              check.comments().stream()
                  .filter(c -> c.id().equals(commentId))
                  .findFirst()
                  .orElseThrow(() -> new IllegalArgumentException("Not a comment of this draft"));
          if (journey.state(assessment).stage().published()) {
            return new Outcome.Refused(
                List.of(new Refusal("verdict", "factcheck.decide.published")));
          }
          List<Refusal> problems = check.checkDecision(verdictCode, reason, today());
          if (!problems.isEmpty()) {
            return new Outcome.Refused(problems);
          }
          if (comment.version() != seenVersion) {
            return new Outcome.Stale();
          }
          Verdict verdict = Verdict.fromCode(verdictCode);
          Instant now = clock.instant();
          if (!records.decide(
              assessment.id(),
              commentId,
              seenVersion,
              new AccuracyComment.Decision(verdict, reason.strip(), actor, now))) {
            return new Outcome.Stale();
          }
          audit.record(
              AuditRecord.of(AuditAction.ACCURACY_DECIDED, actor)
                  .about("assessment", assessment.id())
                  .withCouncil(assessment.council().value())
                  .withDetail("comment", commentId.toString())
                  .withDetail("verdict", verdict.code())
                  .withDetail("reason", reason.strip()));
          events.publishEvent(
              new AccuracyCommentDecided(
                  assessment.id(),
                  assessment.council(),
                  comment.sectionKey(),
                  verdict.code(),
                  reason.strip(),
                  actor));
          return new Outcome.Done();
        });
  }

  /** The latest draft's check, locked, if {@code draftNumber} is still the latest draft. */
  private Optional<FactualAccuracyCheck> lockLatest(AssessmentId assessment, int draftNumber) {
    if (records.draftCount(assessment) != draftNumber) {
      return Optional.empty();
    }
    return records.lockDraft(assessment, draftNumber).map(this::checkOf);
  }

  /** Why the council cannot comment because the assessment is not in its check now, if so. */
  private Optional<String> stillInCheck(Assessment assessment) {
    return journey.state(assessment).stage() == Stage.FACTUAL_ACCURACY
        ? Optional.empty()
        : Optional.of("factcheck.closed.notInCheck");
  }
}
