package uk.assure.inforeturn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.assure.shared.domain.Refusal;

class AnswerChecksTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private static final UUID DOCUMENT = UUID.randomUUID();
  private static final Map<UUID, AnswerChecks.HeldDocument> HELD =
      Map.of(DOCUMENT, new AnswerChecks.HeldDocument(DOCUMENT, Optional.of(12), false));

  private static AnswerChecks.Given given(String kind) {
    return new AnswerChecks.Given(
        kind, Optional.of(TODAY), 0, false, null, null, null, null, null, null);
  }

  private static AnswerChecks.Given reference(String document, Integer from, Integer to) {
    return new AnswerChecks.Given(
        "reference", Optional.of(TODAY), 0, false, document, "", from, to, null, null);
  }

  private static List<String> keys(AnswerChecks.Checked checked) {
    assertThat(checked).isInstanceOf(AnswerChecks.Checked.Refused.class);
    return ((AnswerChecks.Checked.Refused) checked)
        .refusals().stream().map(r -> r.field() + ":" + r.key()).toList();
  }

  @Test
  void aClosedReturnRefusesBeforeAnOverdueOne() {
    assertThat(AnswerChecks.window(false, true))
        .contains(new Refusal("kind", "inforeturn.answer.closed"));
    assertThat(AnswerChecks.window(true, true))
        .contains(new Refusal("kind", "inforeturn.answer.pastDue"));
    assertThat(AnswerChecks.window(true, false)).isEmpty();
  }

  @Test
  void anUnknownKindIsTheOnlyRefusalGiven() {
    AnswerChecks.Given unknown =
        new AnswerChecks.Given(
            "poem", Optional.empty(), 0, false, null, null, null, null, null, null);

    assertThat(keys(AnswerChecks.check(unknown, HELD, TODAY)))
        .containsExactly("kind:inforeturn.answer.kind");
  }

  @Test
  void evidenceNeedsADateNotInTheFutureAndDocumentsNeedFiles() {
    AnswerChecks.Given future =
        new AnswerChecks.Given(
            "documents",
            Optional.of(TODAY.plusDays(1)),
            0,
            false,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(keys(AnswerChecks.check(future, HELD, TODAY)))
        .containsExactly(
            "day:inforeturn.answer.effectiveFuture", "files:inforeturn.answer.noFiles");
  }

  @Test
  void documentsKeptFromTheCurrentAnswerStandInForFiles() {
    AnswerChecks.Given kept =
        new AnswerChecks.Given(
            "documents", Optional.of(TODAY), 0, true, null, null, null, null, null, null);
    AnswerChecks.Given tooMany =
        new AnswerChecks.Given(
            "documents",
            Optional.of(TODAY),
            AnswerChecks.MAX_FILES + 1,
            false,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(AnswerChecks.check(kept, HELD, TODAY))
        .isEqualTo(
            new AnswerChecks.Checked.Passed(
                AnswerKind.DOCUMENTS, Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(keys(AnswerChecks.check(tooMany, HELD, TODAY)))
        .containsExactly("files:inforeturn.answer.tooManyFiles");
  }

  @Test
  void aReferencePointsIntoAHeldDocumentWithinItsPages() {
    assertThat(AnswerChecks.check(reference(DOCUMENT.toString(), 3, null), HELD, TODAY))
        .isEqualTo(
            new AnswerChecks.Checked.Passed(
                AnswerKind.REFERENCE,
                Optional.of(new Answer.Reference(DOCUMENT, "", Optional.of(3), Optional.of(3))),
                Optional.empty(),
                Optional.empty()));
    assertThat(keys(AnswerChecks.check(reference(DOCUMENT.toString(), 3, 13), HELD, TODAY)))
        .containsExactly("pageTo:inforeturn.answer.pagesBeyond");
    assertThat(keys(AnswerChecks.check(reference("not-a-uuid", 5, 4), HELD, TODAY)))
        .containsExactly(
            "referenceDocument:inforeturn.answer.chooseDocument",
            "pageFrom:inforeturn.answer.pages");
    assertThat(keys(AnswerChecks.check(reference(DOCUMENT.toString(), null, null), HELD, TODAY)))
        .containsExactly("section:inforeturn.answer.sectionOrPages");
  }

  @Test
  void pagesOfADocumentStillBeingReadCannotBeCheckedYet() {
    Map<UUID, AnswerChecks.HeldDocument> reading =
        Map.of(DOCUMENT, new AnswerChecks.HeldDocument(DOCUMENT, Optional.empty(), true));

    assertThat(keys(AnswerChecks.check(reference(DOCUMENT.toString(), 1, 2), reading, TODAY)))
        .containsExactly("pageFrom:inforeturn.answer.pagesNotYetCounted");
  }

  @Test
  void aLinkMustBeAWebAddressAndNotHeldNeedsAReason() {
    AnswerChecks.Given ftp =
        new AnswerChecks.Given(
            "link", Optional.of(TODAY), 0, false, null, null, null, null, "ftp://x.org", null);
    AnswerChecks.Given blank =
        new AnswerChecks.Given(
            "not_held", Optional.empty(), 0, false, null, null, null, null, null, "  ");

    assertThat(keys(AnswerChecks.check(ftp, HELD, TODAY)))
        .containsExactly("link:inforeturn.answer.link");
    assertThat(keys(AnswerChecks.check(blank, HELD, TODAY)))
        .containsExactly("reason:inforeturn.answer.reasonMissing");
  }
}
