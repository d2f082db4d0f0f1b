package uk.assure.inforeturn.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.assure.document.StoredDocument;
import uk.assure.inforeturn.ReturnState;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.Completeness;

/** The information return as its pages show it, for staff or the council. */
record ReturnView(
    List<ItemView> items,
    List<Completeness.StatementState> statements,
    int answered,
    int asked,
    int requiredOutstanding,
    boolean overdue,
    String due,
    boolean open) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  /** A request with its latest answer and earlier ones. */
  record ItemView(
      String code,
      String title,
      String guidance,
      List<String> statements,
      boolean required,
      String statusCode,
      String href,
      Optional<AnswerView> current,
      List<AnswerView> earlier) {}

  /** One version of an answer. */
  record AnswerView(
      int version,
      String kind,
      String effectiveOn,
      List<DocumentLink> documents,
      Optional<DocumentLink> referenced,
      String section,
      String pages,
      String link,
      String reason,
      String answeredBy,
      String answeredAt) {}

  record DocumentLink(String name, String href) {}

  static ReturnView of(ReturnState state, String base, LocalDate today) {
    String documents = base + "/documents/";
    List<ItemView> items =
        state.completeness().items().stream()
            .map(
                item -> {
                  List<AnswerView> versions =
                      state.history().getOrDefault(item.item().code(), List.of()).stream()
                          .map(a -> answer(a, state.documents(), documents))
                          .toList();
                  return new ItemView(
                      item.item().code(),
                      item.item().title(),
                      item.item().guidance(),
                      item.item().statements(),
                      item.item().required(),
                      item.status().code(),
                      base + "/information-return/" + item.item().code(),
                      versions.isEmpty()
                          ? Optional.empty()
                          : Optional.of(versions.get(versions.size() - 1)),
                      earlierFirstNewest(versions));
                })
            .toList();
    Completeness c = state.completeness();
    return new ReturnView(
        items,
        c.statements(),
        c.answered(),
        c.items().size(),
        c.requiredOutstanding(),
        c.overdue(),
        state.journey().informationReturnDue().map(DATE::format).orElse(""),
        state.journey().informationReturnOpen()
            && !state.journey().informationReturnOverdue(today));
  }

  /** The versions before the latest, newest first. */
  private static List<AnswerView> earlierFirstNewest(List<AnswerView> versions) {
    List<AnswerView> earlier =
        new java.util.ArrayList<>(versions.subList(0, Math.max(versions.size() - 1, 0)));
    java.util.Collections.reverse(earlier);
    return earlier;
  }

  private static AnswerView answer(
      Answer answer, Map<UUID, StoredDocument> held, String documents) {
    Optional<DocumentLink> referenced =
        answer.reference().map(r -> link(held.get(r.document()), documents));
    String pages =
        answer
            .reference()
            .flatMap(
                r ->
                    r.pageFrom()
                        .map(
                            from ->
                                r.pageTo()
                                    .filter(to -> !to.equals(from))
                                    .map(to -> from + "–" + to)
                                    .orElse(String.valueOf(from))))
            .orElse("");
    return new AnswerView(
        answer.version(),
        answer.kind().code(),
        answer.effectiveOn().map(DATE::format).orElse(""),
        answer.documents().stream().map(id -> link(held.get(id), documents)).toList(),
        referenced,
        answer.reference().map(Answer.Reference::section).orElse(""),
        pages,
        answer.link().orElse(""),
        answer.notHeldReason().orElse(""),
        answer.answeredBy(),
        WHEN.format(answer.answeredAt()).replace("AM", "am").replace("PM", "pm"));
  }

  private static DocumentLink link(StoredDocument document, String documents) {
    return new DocumentLink(document.fileName(), documents + document.id());
  }
}
