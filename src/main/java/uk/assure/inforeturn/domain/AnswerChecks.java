package uk.assure.inforeturn.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.assure.shared.domain.Refusal;

/**
 * The checks a council's answer to a request must pass before anything is stored: a kind the return
 * knows, a date the evidence was current on (not in the future), and what that kind needs (files, a
 * part of a document already sent, a web address, or the reason it is not held).
 */
public final class AnswerChecks {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_SECTION = 200;
  public static final int MAX_FILES = 20;

  /**
   * What a person gave as an answer, before it is checked.
   *
   * @param kind the answer kind's code, as chosen
   * @param files how many files were sent with it
   * @param keepsDocuments whether the current answer has documents and they stay with this one
   */
  public record Given(
      String kind,
      Optional<LocalDate> effectiveOn,
      int files,
      boolean keepsDocuments,
      String referenceDocument,
      String section,
      Integer pageFrom,
      Integer pageTo,
      String link,
      String reason) {}

  /**
   * A document of the assessment a reference can point into.
   *
   * @param pageCount the pages found when its text was read; none for text without pages
   * @param beingRead whether its text is still waiting to be read or being read
   */
  public record HeldDocument(UUID id, Optional<Integer> pageCount, boolean beingRead) {}

  /** What the checks found. */
  public sealed interface Checked {
    /** The answer may be stored, with what its kind carries. */
    record Passed(
        AnswerKind kind,
        Optional<Answer.Reference> reference,
        Optional<String> link,
        Optional<String> reason)
        implements Checked {}

    record Refused(List<Refusal> refusals) implements Checked {}
  }

  private AnswerChecks() {}

  /**
   * Why the council cannot answer at all today: the return is closed or past its due date; none
   * when it is open.
   */
  public static Optional<Refusal> window(boolean open, boolean overdue) {
    if (!open) {
      return Optional.of(new Refusal("kind", "inforeturn.answer.closed"));
    }
    if (overdue) {
      return Optional.of(new Refusal("kind", "inforeturn.answer.pastDue"));
    }
    return Optional.empty();
  }

  /**
   * Checks an answer.
   *
   * @param held the assessment's documents by id, which a reference may point into
   */
  public static Checked check(Given given, Map<UUID, HeldDocument> held, LocalDate today) {
    Optional<AnswerKind> kind = AnswerKind.find(given.kind());
    if (kind.isEmpty()) {
      return new Checked.Refused(List.of(new Refusal("kind", "inforeturn.answer.kind")));
    }
    List<Refusal> refusals = new ArrayList<>();
    if (kind.get() != AnswerKind.NOT_HELD) {
      if (given.effectiveOn().isEmpty()) {
        refusals.add(new Refusal("day", "inforeturn.answer.effectiveMissing"));
      } else if (given.effectiveOn().get().isAfter(today)) {
        refusals.add(new Refusal("day", "inforeturn.answer.effectiveFuture"));
      }
    }
    Optional<Answer.Reference> reference = Optional.empty();
    Optional<String> link = Optional.empty();
    Optional<String> reason = Optional.empty();
    switch (kind.get()) {
      case DOCUMENTS -> {
        if (given.files() == 0 && !given.keepsDocuments()) {
          refusals.add(new Refusal("files", "inforeturn.answer.noFiles"));
        } else if (given.files() > MAX_FILES) {
          refusals.add(new Refusal("files", "inforeturn.answer.tooManyFiles"));
        }
      }
      case REFERENCE -> reference = reference(given, held, refusals);
      case LINK -> {
        link = Optional.ofNullable(given.link()).map(String::strip).filter(l -> !l.isEmpty());
        if (link.isEmpty() || !isWebAddress(link.get())) {
          refusals.add(new Refusal("link", "inforeturn.answer.link"));
        }
      }
      case NOT_HELD -> {
        reason = Optional.ofNullable(given.reason()).map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
          refusals.add(new Refusal("reason", "inforeturn.answer.reasonMissing"));
        } else if (reason.get().length() > MAX_TEXT) {
          refusals.add(new Refusal("reason", "inforeturn.answer.reasonTooLong"));
        }
      }
    }
    if (!refusals.isEmpty()) {
      return new Checked.Refused(refusals);
    }
    return new Checked.Passed(kind.get(), reference, link, reason);
  }

  private static Optional<Answer.Reference> reference(
      Given given, Map<UUID, HeldDocument> held, List<Refusal> refusals) {
    Optional<HeldDocument> document =
        Optional.ofNullable(given.referenceDocument())
            .flatMap(
                id -> {
                  try {
                    return Optional.ofNullable(held.get(UUID.fromString(id)));
                  } catch (IllegalArgumentException e) {
                    return Optional.empty();
                  }
                });
    if (document.isEmpty()) {
      refusals.add(new Refusal("referenceDocument", "inforeturn.answer.chooseDocument"));
    }
    String section = Optional.ofNullable(given.section()).map(String::strip).orElse("");
    if (section.length() > MAX_SECTION) {
      refusals.add(new Refusal("section", "inforeturn.answer.sectionTooLong"));
    }
    Integer from = given.pageFrom();
    Integer to = given.pageTo() == null ? from : given.pageTo();
    if (from == null && given.pageTo() != null) {
      refusals.add(new Refusal("pageFrom", "inforeturn.answer.pageFromMissing"));
    } else if (from != null) {
      Optional<Integer> pages = document.flatMap(HeldDocument::pageCount);
      if (from < 1 || to < from) {
        refusals.add(new Refusal("pageFrom", "inforeturn.answer.pages"));
      } else if (document.isPresent() && document.get().beingRead()) {
        // Pages are checked against the count found when the text is read. Until then (usually
        // seconds) the council is asked to try again, so no reference escapes the check. A
        // document read without a page count (plain text, a picture, one that could not be
        // read) has no pages to check against, and its pages are kept as given.
        refusals.add(new Refusal("pageFrom", "inforeturn.answer.pagesNotYetCounted"));
      } else if (pages.isPresent() && to > pages.get()) {
        refusals.add(new Refusal("pageTo", "inforeturn.answer.pagesBeyond"));
      }
    }
    if (section.isEmpty() && from == null && given.pageTo() == null) {
      refusals.add(new Refusal("section", "inforeturn.answer.sectionOrPages"));
    }
    if (document.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer.Reference(
            document.get().id(), section, Optional.ofNullable(from), Optional.ofNullable(to)));
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
}
