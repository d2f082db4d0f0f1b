package uk.assure.inforeturn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.inforeturn.domain.Answer;
import uk.assure.inforeturn.domain.AnswerHistory;
import uk.assure.inforeturn.domain.AnswerKind;
import uk.assure.inforeturn.domain.RequestItem;

/**
 * The council's current answers to its information return, as evidence of its processes: the
 * documents sent, the parts of documents pointed to and the links given (never "not held").
 */
@Component
class InformationReturnEvidence implements EvidenceSource {

  /** Passages shown with an answer as evidence, at most, and the characters shown of each. */
  private static final int MAX_PASSAGES = 3;

  private static final int PASSAGE_SHOWN = 600;

  private final ReturnRecords records;

  InformationReturnEvidence(ReturnRecords records) {
    this.records = records;
  }

  /**
   * Each request answered with evidence (not "not held") counts once, as evidence of the council's
   * processes, for every statement the request informs.
   */
  @Override
  public List<EvidenceTally> tally(AssessmentId assessment) {
    Map<String, Integer> answered = new LinkedHashMap<>();
    AnswerHistory history = AnswerHistory.of(records.answers(assessment));
    for (RequestItem item : records.asked(assessment)) {
      if (history.answeredWithEvidence(item.code())) {
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
    Map<String, Answer> current = AnswerHistory.of(records.answers(assessment)).current();
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
                  Stream.of(
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
                      .map(InformationReturnEvidence::shortened)
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
}
