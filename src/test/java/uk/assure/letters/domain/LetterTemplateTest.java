package uk.assure.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.assure.shared.domain.Refusal;

class LetterTemplateTest {

  @Test
  void aTemplateUsingOnlyItsOwnPlaceholdersIsAccepted() {
    assertThat(
            LetterTemplate.check(
                LetterKind.INFORMATION_RETURN_ISSUED,
                "Information return for {council}",
                "Due {dueDate}. Answer at {link}"))
        .isEmpty();
  }

  @Test
  void anUnknownPlaceholderIsRefusedAndNamed() {
    assertThat(
            LetterTemplate.check(
                LetterKind.INFORMATION_RETURN_ISSUED, "For {council}", "Visit on {siteVisitDate}"))
        .extracting(Refusal::field, Refusal::key, refusal -> refusal.arguments().get(0))
        .containsExactly(tuple("body", "letters.problem.unknown", "{siteVisitDate}"));
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "{Council}", "x"))
        .extracting(refusal -> refusal.arguments().get(0))
        .containsExactly("{Council}");
  }

  @Test
  void aRefusedPlaceholderNamesThePlaceholdersTheLetterMayUse() {
    String allowed =
        String.join(
            ", ",
            LetterKind.PUBLICATION.placeholders().stream().map(name -> "{" + name + "}").toList());
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "{Council}", "a { b"))
        .extracting(Refusal::key, Refusal::arguments)
        .containsExactly(
            tuple("letters.problem.unknown", List.of("{Council}", allowed)),
            tuple("letters.problem.brace", List.of(allowed)));
  }

  @Test
  void aStrayBraceIsRefusedSoNoLetterGoesOutWithAGap() {
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "For {council", "Read {link}"))
        .extracting(Refusal::key)
        .containsExactly("letters.problem.brace");
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "For council", "Read link}"))
        .extracting(Refusal::key)
        .containsExactly("letters.problem.brace");
  }

  @Test
  void aSubjectAndBodyAreNeededAndTheSubjectIsOneLine() {
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, " ", ""))
        .extracting(Refusal::key)
        .containsExactly("letters.problem.subject.missing", "letters.problem.body.missing");
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "Two\nlines", "Body"))
        .extracting(Refusal::key)
        .containsExactly("letters.problem.subject.lines");
    assertThat(LetterTemplate.check(LetterKind.PUBLICATION, "x".repeat(201), "Body"))
        .extracting(Refusal::key)
        .containsExactly("letters.problem.subject.tooLong");
  }

  @Test
  void writingFillsEveryPlaceholderLiterally() {
    LetterTemplate template =
        new LetterTemplate(
            LetterKind.WITHDRAWAL, "Withdrawn: {council}", "{council}: {reason} ($1 \\ {link})", 0);

    LetterTemplate.Letter letter =
        template.write(Map.of("council", "Camden", "reason", "Costs $2", "link", "http://x/y"));

    assertThat(letter.subject()).isEqualTo("Withdrawn: Camden");
    assertThat(letter.body()).isEqualTo("Camden: Costs $2 ($1 \\ http://x/y)");
  }

  @Test
  void writingWithoutAValueForAPlaceholderIsABug() {
    LetterTemplate template = new LetterTemplate(LetterKind.WITHDRAWAL, "{council}", "{reason}", 0);
    assertThatThrownBy(() -> template.write(Map.of("council", "Camden")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyKindKnowsTheCouncilAndTheLinkFirst() {
    for (LetterKind kind : LetterKind.values()) {
      assertThat(kind.placeholders()).startsWith("council", "link");
      assertThat(LetterKind.fromCode(kind.code())).isEqualTo(kind);
    }
    assertThat(LetterKind.find("nonsense")).isEmpty();
  }
}
