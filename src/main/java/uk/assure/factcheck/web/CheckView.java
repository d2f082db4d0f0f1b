package uk.assure.factcheck.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.assure.document.StoredDocument;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.factcheck.domain.AccuracyComment;
import uk.assure.factcheck.domain.FactualAccuracyCheck;
import uk.assure.report.domain.ReportSection;
import uk.assure.shared.web.Choice;

/** What the check's pages show: the draft, its dates and status, and the comments. */
record CheckView(
    int draftNumber,
    String contentHash,
    String sentOn,
    String dueOn,
    String status,
    boolean open,
    boolean decidable,
    List<Choice> sections,
    List<CommentRow> comments,
    long undecided) {

  /** One comment as a row. */
  record CommentRow(
      String id,
      String section,
      String whatIsWrong,
      String correction,
      Optional<String> evidenceName,
      Optional<String> evidenceId,
      String writtenBy,
      Optional<String> verdict,
      Optional<String> reason,
      Optional<String> decidedBy,
      int version) {}

  static CheckView of(
      FactualAccuracyCheck check, LocalDate today, Map<UUID, StoredDocument> documents) {
    Map<String, String> headings =
        check.draft().report().sections().stream()
            .collect(Collectors.toMap(ReportSection::key, ReportSection::heading, (a, b) -> a));
    List<CommentRow> rows =
        check.comments().stream()
            .map(
                c ->
                    new CommentRow(
                        c.id().toString(),
                        headings.getOrDefault(c.sectionKey(), c.sectionKey()),
                        c.whatIsWrong(),
                        c.correction(),
                        c.document().map(documents::get).map(StoredDocument::fileName),
                        c.document().map(UUID::toString),
                        c.writtenBy(),
                        c.decision().map(d -> d.verdict().code()),
                        c.decision().map(AccuracyComment.Decision::reason),
                        c.decision().map(AccuracyComment.Decision::decidedBy),
                        c.version()))
            .toList();
    return new CheckView(
        check.draft().number(),
        check.draft().report().contentHash(),
        check.draft().sentOn().format(FactualAccuracy.DATE),
        check.draft().dueOn().format(FactualAccuracy.DATE),
        check.status(today).name().toLowerCase(java.util.Locale.ROOT),
        !check.closed(today),
        check.whyNotDecidable(today).isEmpty(),
        check.draft().report().sections().stream()
            .map(s -> new Choice(s.key(), s.heading()))
            .toList(),
        rows,
        check.comments().stream().filter(c -> !c.decided()).count());
  }

  static Map<UUID, StoredDocument> byId(List<StoredDocument> documents) {
    return documents.stream()
        .collect(Collectors.toMap(d -> d.id().value(), Function.identity(), (a, b) -> a));
  }
}
