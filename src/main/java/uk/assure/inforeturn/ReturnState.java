package uk.assure.inforeturn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.assure.document.StoredDocument;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerHistory;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.Completeness;
import uk.assure.inforeturn.domain.RequestItem;
import uk.assure.journey.domain.JourneyState;

/**
 * Everything a page about an assessment's information return shows: where its journey stands, how
 * complete the return is, every version of every answer, the assessment's documents, and the burden
 * on the council.
 */
public record ReturnState(
    JourneyState journey,
    Completeness completeness,
    AnswerHistory answers,
    Map<UUID, StoredDocument> documents,
    Burden burden) {

  /** The state of a return from what is stored. */
  static ReturnState of(
      JourneyState journey,
      List<RequestItem> items,
      List<Answer> answers,
      List<StoredDocument> held,
      List<String> statementCodes,
      LocalDate today) {
    AnswerHistory history = AnswerHistory.of(answers);
    Map<String, Answer> current = history.current();
    Completeness completeness =
        Completeness.of(items, current, statementCodes, journey.informationReturnDue(), today);
    Map<UUID, StoredDocument> documents =
        held.stream()
            .collect(
                Collectors.toMap(d -> d.id().value(), d -> d, (a, b) -> a, LinkedHashMap::new));
    return new ReturnState(journey, completeness, history, documents, burden(items, current));
  }

  public Optional<Completeness.ItemState> item(String code) {
    return completeness.items().stream().filter(i -> i.item().code().equals(code)).findFirst();
  }

  /** Each answered request's versions, oldest first, by request code. */
  public Map<String, List<Answer>> history() {
    return answers.byItem();
  }

  /** The version of a request's current answer; 0 when it has none. */
  public int currentVersion(String code) {
    return answers.currentVersion(code);
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
}
