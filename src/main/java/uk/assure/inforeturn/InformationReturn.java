package uk.assure.inforeturn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.assessment.domain.Assessment;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.document.Documents;
import uk.assure.document.StoredDocument;
import uk.assure.document.Upload;
import uk.assure.document.domain.ExtractionStatus;
import uk.assure.framework.domain.Framework;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerChecks;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.Completeness;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;
import uk.assure.shared.domain.Refusal;

/**
 * The information return of an assessment: the requests sent when it opens, the council's answers
 * (documents, a pointer into a document already sent, a link, or "not held"), and how complete it
 * is. The answers' checks are {@link AnswerChecks}, what the pages show is {@link ReturnState}, and
 * the answers count as evidence through {@link InformationReturnEvidence}.
 */
@Service
public class InformationReturn {

  /** What became of an answer. */
  public sealed interface Outcome {
    record Answered(Answer answer, List<StoredDocument> alreadyHeld) implements Outcome {}

    record Refused(List<Refusal> refusals) implements Outcome {}

    /** Someone answered the request (or this was sent twice) since the person looked at it. */
    record Stale(int version) implements Outcome {}
  }

  private final ReturnRecords records;
  private final AssessmentJourney journey;
  private final Documents documents;
  private final Framework framework;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  InformationReturn(
      ReturnRecords records,
      AssessmentJourney journey,
      Documents documents,
      Framework framework,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.records = records;
    this.journey = journey;
    this.documents = documents;
    this.framework = framework;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Sends the catalogue's requests when an assessment's information return first opens. */
  @EventListener
  void onStageEntered(StageEntered event) {
    if (event.stage() == Stage.INFORMATION_RETURN) {
      records.askFromCatalogue(event.assessment());
    }
  }

  /** The largest file a council can send, in bytes. */
  public long uploadLimitBytes() {
    return documents.limitBytes();
  }

  public LocalDate today() {
    return journey.today();
  }

  public ReturnState state(Assessment assessment) {
    JourneyState journeyState = journey.state(assessment);
    return ReturnState.of(
        journeyState,
        records.asked(assessment.id()),
        records.answers(assessment.id()),
        documents.inAssessment(assessment),
        framework.statementCodes(),
        journey.today());
  }

  /** Checks and records a council's answer to one of the requests it was sent. */
  public Outcome answer(
      Assessment assessment, String itemCode, AnswerRequest request, String actor) {
    ReturnState state = state(assessment);
    Optional<Completeness.ItemState> item = state.item(itemCode);
    if (item.isEmpty()) {
      throw new IllegalArgumentException("Not a request of this assessment: " + itemCode);
    }
    LocalDate today = journey.today();
    Optional<Refusal> shut =
        AnswerChecks.window(
            state.journey().informationReturnOpen(),
            state.journey().informationReturnOverdue(today));
    if (shut.isPresent()) {
      return new Outcome.Refused(List.of(shut.get()));
    }
    if (request.seenVersion() != state.currentVersion(itemCode)) {
      return new Outcome.Stale(state.currentVersion(itemCode));
    }
    Optional<Answer> current = item.get().answer();
    List<UUID> kept =
        request.keepDocuments() ? current.map(Answer::documents).orElse(List.of()) : List.of();
    AnswerChecks.Checked checked =
        AnswerChecks.check(request.given(!kept.isEmpty()), held(state), today);
    if (checked instanceof AnswerChecks.Checked.Refused refused) {
      return new Outcome.Refused(refused.refusals());
    }
    AnswerChecks.Checked.Passed passed = (AnswerChecks.Checked.Passed) checked;
    AnswerKind kind = passed.kind();
    Optional<Answer.Reference> givenReference = passed.reference();
    Optional<String> givenLink = passed.link();
    Optional<String> givenReason = passed.reason();
    return transaction.execute(
        status -> {
          List<UUID> sent = new ArrayList<>(kept);
          List<StoredDocument> alreadyHeld = new ArrayList<>();
          if (kind == AnswerKind.DOCUMENTS) {
            for (Upload file : request.files()) {
              Documents.Outcome outcome = documents.upload(assessment, file, actor);
              if (outcome instanceof Documents.Outcome.Refused refusedFile) {
                status.setRollbackOnly();
                return refused("files", refusedFile.problemKey());
              }
              Documents.Outcome.Stored stored = (Documents.Outcome.Stored) outcome;
              if (stored.alreadyHeld()) {
                alreadyHeld.add(stored.document());
              }
              if (!sent.contains(stored.document().id().value())) {
                sent.add(stored.document().id().value());
              }
            }
          }
          Instant now = clock.instant();
          Answer answer =
              new Answer(
                  UUID.randomUUID(),
                  itemCode,
                  request.seenVersion() + 1,
                  kind,
                  kind == AnswerKind.NOT_HELD ? Optional.empty() : request.effectiveOn(),
                  kind == AnswerKind.DOCUMENTS ? sent : List.of(),
                  givenReference,
                  givenLink,
                  givenReason,
                  actor,
                  now);
          if (!records.addAnswer(assessment.id(), answer)) {
            status.setRollbackOnly();
            return new Outcome.Stale(request.seenVersion() + 1);
          }
          audit.record(
              AuditRecord.of(AuditAction.ANSWER_GIVEN, actor)
                  .about("assessment", assessment.id())
                  .withCouncil(assessment.council().value())
                  .withDetail("request", itemCode)
                  .withDetail("version", answer.version())
                  .withDetail("kind", kind.code())
                  .withDetail("documents", answer.documents().size()));
          events.publishEvent(
              new AnswerGiven(assessment.id(), assessment.council(), itemCode, actor));
          return new Outcome.Answered(answer, alreadyHeld);
        });
  }

  /** The assessment's documents as the checks of a reference see them. */
  private static Map<UUID, AnswerChecks.HeldDocument> held(ReturnState state) {
    return state.documents().values().stream()
        .collect(
            Collectors.toMap(
                d -> d.id().value(),
                d ->
                    new AnswerChecks.HeldDocument(
                        d.id().value(), d.pageCount(), stillBeingRead(d))));
  }

  private static boolean stillBeingRead(StoredDocument document) {
    return document.status() == ExtractionStatus.WAITING
        || document.status() == ExtractionStatus.EXTRACTING;
  }

  private static Outcome refused(String field, String key) {
    return new Outcome.Refused(List.of(new Refusal(field, key)));
  }
}
