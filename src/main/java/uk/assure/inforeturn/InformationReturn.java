package uk.assure.inforeturn;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import uk.assure.document.StoredDocument;
import uk.assure.document.Upload;
import uk.assure.document.domain.ExtractionStatus;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.Completeness;
import uk.assure.inforeturn.domain.RequestItem;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.JourneyState;
import uk.assure.journey.domain.Stage;

/**
 * The information return of an assessment: the requests sent when it opens, the council's answers
 * (documents, a pointer into a document already sent, a link, or "not held"), and how complete it
 * is.
 */
@Service
public class InformationReturn implements EvidenceSource {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_SECTION = 200;
  public static final int MAX_FILES = 20;

  /** Passages shown with an answer as evidence, at most, and the characters shown of each. */
  private static final int MAX_PASSAGES = 3;

  private static final int PASSAGE_SHOWN = 600;

  /** A problem with an answer, on one of its fields, as a message key. */
  public record Problem(String field, String key) {}

  /** What became of an answer. */
  public sealed interface Outcome {
    record Answered(Answer answer, List<StoredDocument> alreadyHeld) implements Outcome {}

    record Refused(List<Problem> problems) implements Outcome {}

    /** Someone answered the request (or this was sent twice) since the person looked at it. */
    record Stale(int version) implements Outcome {}
  }

  /** Everything a page about an assessment's information return shows. */
  public record State(
      JourneyState journey,
      Completeness completeness,
      Map<String, List<Answer>> history,
      Map<UUID, StoredDocument> documents,
      Burden burden) {

    public Optional<Completeness.ItemState> item(String code) {
      return completeness.items().stream().filter(i -> i.item().code().equals(code)).findFirst();
    }

    public int currentVersion(String code) {
      List<Answer> versions = history.getOrDefault(code, List.of());
      return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    }
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

  /**
   * Each request answered with evidence (not "not held") counts once, as evidence of the council's
   * processes, for every statement the request informs.
   */
  @Override
  public List<EvidenceTally> tally(AssessmentId assessment) {
    Map<String, Integer> answered = new LinkedHashMap<>();
    Set<String> withEvidence = new HashSet<>();
    for (Answer answer : records.answers(assessment)) {
      if (answer.kind() == AnswerKind.NOT_HELD) {
        withEvidence.remove(answer.itemCode());
      } else {
        withEvidence.add(answer.itemCode());
      }
    }
    for (RequestItem item : records.asked(assessment)) {
      if (withEvidence.contains(item.code())) {
        item.statements().forEach(s -> answered.merge(s, 1, Integer::sum));
      }
    }
    List<EvidenceTally> tallies = new ArrayList<>();
    answered.forEach(
        (statement, count) ->
            tallies.add(
                new EvidenceTally(
                    statement, EvidenceCategory.PROCESSES, "information-return", count)));
    return tallies;
  }

  /**
   * The current answers, other than "not held", to the requests that inform the statement, as
   * evidence of the council's processes: the documents sent (with their first passages), the part
   * of a document pointed to (with the passages there) or the link given.
   */
  @Override
  public List<EvidenceItem> items(AssessmentId assessment, String statement) {
    Map<String, Answer> current = new LinkedHashMap<>();
    for (Answer answer : records.answers(assessment)) {
      Answer seen = current.get(answer.itemCode());
      if (seen == null || seen.version() < answer.version()) {
        current.put(answer.itemCode(), answer);
      }
    }
    Map<UUID, String> names = records.documentNames(assessment);
    String documentsAt = "/staff/assessments/" + assessment + "/documents/";
    List<RequestItem> informing =
        records.asked(assessment).stream()
            .filter(item -> item.informs(statement))
            .filter(item -> current.containsKey(item.code()))
            .filter(item -> current.get(item.code()).kind() != AnswerKind.NOT_HELD)
            .toList();
    // The opening passage of every document given, read at once rather than one by one.
    Map<UUID, String> openings =
        records.openings(
            informing.stream()
                .map(item -> current.get(item.code()))
                .filter(answer -> answer.kind() == AnswerKind.DOCUMENTS)
                .flatMap(answer -> answer.documents().stream())
                .toList());
    List<EvidenceItem> items = new ArrayList<>();
    for (RequestItem item : informing) {
      Answer answer = current.get(item.code());
      String id = "information-return:" + item.code() + ":" + answer.version();
      switch (answer.kind()) {
        case DOCUMENTS -> {
          List<String> passages =
              answer.documents().stream()
                  .filter(openings::containsKey)
                  .map(d -> shortened(openings.get(d)))
                  .toList();
          items.add(
              new EvidenceItem(
                  id,
                  EvidenceCategory.PROCESSES,
                  "documents",
                  item.title(),
                  String.join(
                      ", ",
                      answer.documents().stream().map(d -> names.getOrDefault(d, "")).toList()),
                  passages,
                  answer.documents().stream().findFirst().map(d -> documentsAt + d),
                  Optional.empty(),
                  Optional.empty()));
        }
        case REFERENCE -> {
          Answer.Reference reference = answer.reference().orElseThrow();
          String where =
              String.join(
                  ", ",
                  java.util.stream.Stream.of(
                          names.getOrDefault(reference.document(), ""),
                          reference.section(),
                          reference
                              .pageFrom()
                              .map(
                                  from ->
                                      reference
                                          .pageTo()
                                          .filter(to -> !to.equals(from))
                                          .map(to -> "pp. " + from + "-" + to)
                                          .orElse("p. " + from))
                              .orElse(""))
                      .filter(part -> !part.isBlank())
                      .toList());
          items.add(
              new EvidenceItem(
                  id,
                  EvidenceCategory.PROCESSES,
                  "reference",
                  item.title(),
                  where,
                  records
                      .passages(
                          reference.document(),
                          reference.pageFrom(),
                          reference.pageTo(),
                          reference.section(),
                          MAX_PASSAGES)
                      .stream()
                      .map(InformationReturn::shortened)
                      .toList(),
                  Optional.of(documentsAt + reference.document()),
                  Optional.empty(),
                  Optional.empty()));
        }
        case LINK ->
            items.add(
                EvidenceItem.of(
                    id,
                    EvidenceCategory.PROCESSES,
                    "link",
                    item.title(),
                    answer.link().orElseThrow(),
                    answer.link()));
        default -> {}
      }
    }
    return items;
  }

  private static String shortened(String passage) {
    return passage.length() <= PASSAGE_SHOWN
        ? passage
        : passage.substring(0, PASSAGE_SHOWN).stripTrailing() + "\u2026";
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

  public State state(Assessment assessment) {
    JourneyState journeyState = journey.state(assessment);
    List<RequestItem> items = records.asked(assessment.id());
    Map<String, List<Answer>> history = new LinkedHashMap<>();
    for (Answer answer : records.answers(assessment.id())) {
      history.computeIfAbsent(answer.itemCode(), k -> new ArrayList<>()).add(answer);
    }
    history.values().forEach(v -> v.sort(Comparator.comparingInt(Answer::version)));
    Map<String, Answer> current =
        history.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().get(e.getValue().size() - 1)));
    Completeness completeness =
        Completeness.of(
            items,
            current,
            framework.statementCodes(),
            journeyState.informationReturnDue(),
            journey.today());
    Map<UUID, StoredDocument> held =
        documents.inAssessment(assessment).stream()
            .collect(
                Collectors.toMap(d -> d.id().value(), d -> d, (a, b) -> a, LinkedHashMap::new));
    return new State(journeyState, completeness, history, held, burden(items, current));
  }

  private static Burden burden(List<RequestItem> items, Map<String, Answer> current) {
    Set<UUID> sent = new HashSet<>();
    int references = 0;
    int notHeld = 0;
    for (Answer answer : current.values()) {
      sent.addAll(answer.documents());
      if (answer.kind() == AnswerKind.REFERENCE) {
        references++;
      }
      if (answer.kind() == AnswerKind.NOT_HELD) {
        notHeld++;
      }
    }
    int required = (int) items.stream().filter(RequestItem::required).count();
    return new Burden(items.size(), required, sent.size(), references, notHeld);
  }

  /** Checks and records a council's answer to one of the requests it was sent. */
  public Outcome answer(
      Assessment assessment, String itemCode, AnswerRequest request, String actor) {
    State state = state(assessment);
    Optional<Completeness.ItemState> item = state.item(itemCode);
    if (item.isEmpty()) {
      throw new IllegalArgumentException("Not a request of this assessment: " + itemCode);
    }
    LocalDate today = journey.today();
    if (!state.journey().informationReturnOpen()) {
      return refused("kind", "inforeturn.answer.closed");
    }
    if (state.journey().informationReturnOverdue(today)) {
      return refused("kind", "inforeturn.answer.pastDue");
    }
    if (request.seenVersion() != state.currentVersion(itemCode)) {
      return new Outcome.Stale(state.currentVersion(itemCode));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<AnswerKind> kind = AnswerKind.find(request.kind());
    if (kind.isEmpty()) {
      return refused("kind", "inforeturn.answer.kind");
    }
    if (kind.get() != AnswerKind.NOT_HELD) {
      if (request.effectiveOn().isEmpty()) {
        problems.add(new Problem("day", "inforeturn.answer.effectiveMissing"));
      } else if (request.effectiveOn().get().isAfter(today)) {
        problems.add(new Problem("day", "inforeturn.answer.effectiveFuture"));
      }
    }
    Optional<Answer> current = item.get().answer();
    List<UUID> kept =
        request.keepDocuments() ? current.map(Answer::documents).orElse(List.of()) : List.of();
    Optional<Answer.Reference> reference = Optional.empty();
    Optional<String> link = Optional.empty();
    Optional<String> reason = Optional.empty();
    switch (kind.get()) {
      case DOCUMENTS -> {
        if (request.files().isEmpty() && kept.isEmpty()) {
          problems.add(new Problem("files", "inforeturn.answer.noFiles"));
        } else if (request.files().size() > MAX_FILES) {
          problems.add(new Problem("files", "inforeturn.answer.tooManyFiles"));
        }
      }
      case REFERENCE -> reference = reference(state, request, problems);
      case LINK -> {
        link = Optional.ofNullable(request.link()).map(String::strip).filter(l -> !l.isEmpty());
        if (link.isEmpty() || !isWebAddress(link.get())) {
          problems.add(new Problem("link", "inforeturn.answer.link"));
        }
      }
      case NOT_HELD -> {
        reason = Optional.ofNullable(request.reason()).map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
          problems.add(new Problem("reason", "inforeturn.answer.reasonMissing"));
        } else if (reason.get().length() > MAX_TEXT) {
          problems.add(new Problem("reason", "inforeturn.answer.reasonTooLong"));
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    Optional<Answer.Reference> givenReference = reference;
    Optional<String> givenLink = link;
    Optional<String> givenReason = reason;
    return transaction.execute(
        status -> {
          List<UUID> sent = new ArrayList<>(kept);
          List<StoredDocument> alreadyHeld = new ArrayList<>();
          if (kind.get() == AnswerKind.DOCUMENTS) {
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
                  kind.get(),
                  kind.get() == AnswerKind.NOT_HELD ? Optional.empty() : request.effectiveOn(),
                  kind.get() == AnswerKind.DOCUMENTS ? sent : List.of(),
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
                  .withDetail("kind", kind.get().code())
                  .withDetail("documents", answer.documents().size()));
          events.publishEvent(
              new AnswerGiven(assessment.id(), assessment.council(), itemCode, actor));
          return new Outcome.Answered(answer, alreadyHeld);
        });
  }

  private static boolean stillBeingRead(StoredDocument document) {
    return document.status() == ExtractionStatus.WAITING
        || document.status() == ExtractionStatus.EXTRACTING;
  }

  private Optional<Answer.Reference> reference(
      State state, AnswerRequest request, List<Problem> problems) {
    Optional<StoredDocument> document =
        Optional.ofNullable(request.referenceDocument())
            .flatMap(
                id -> {
                  try {
                    return Optional.ofNullable(state.documents().get(UUID.fromString(id)));
                  } catch (IllegalArgumentException e) {
                    return Optional.empty();
                  }
                });
    if (document.isEmpty()) {
      problems.add(new Problem("referenceDocument", "inforeturn.answer.chooseDocument"));
    }
    String section = Optional.ofNullable(request.section()).map(String::strip).orElse("");
    if (section.length() > MAX_SECTION) {
      problems.add(new Problem("section", "inforeturn.answer.sectionTooLong"));
    }
    Integer from = request.pageFrom();
    Integer to = request.pageTo() == null ? from : request.pageTo();
    if (from == null && request.pageTo() != null) {
      problems.add(new Problem("pageFrom", "inforeturn.answer.pageFromMissing"));
    } else if (from != null) {
      Optional<Integer> pages = document.flatMap(StoredDocument::pageCount);
      if (from < 1 || to < from) {
        problems.add(new Problem("pageFrom", "inforeturn.answer.pages"));
      } else if (document.isPresent() && stillBeingRead(document.get())) {
        // Pages are checked against the count found when the text is read. Until then (usually
        // seconds) the council is asked to try again, so no reference escapes the check. A
        // document read without a page count (plain text, a picture, one that could not be
        // read) has no pages to check against, and its pages are kept as given.
        problems.add(new Problem("pageFrom", "inforeturn.answer.pagesNotYetCounted"));
      } else if (pages.isPresent() && to > pages.get()) {
        problems.add(new Problem("pageTo", "inforeturn.answer.pagesBeyond"));
      }
    }
    if (section.isEmpty() && from == null && request.pageTo() == null) {
      problems.add(new Problem("section", "inforeturn.answer.sectionOrPages"));
    }
    if (document.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer.Reference(
            document.get().id().value(),
            section,
            Optional.ofNullable(from),
            Optional.ofNullable(to)));
  }

  private static boolean isWebAddress(String text) {
    if (text.length() > MAX_TEXT) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Outcome refused(String field, String key) {
    return new Outcome.Refused(List.of(new Problem(field, key)));
  }
}
