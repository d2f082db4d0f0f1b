package uk.assure.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  @Test
  void shortParagraphsOnAPageAreJoinedIntoOnePassageCarryingThePageNumber() {
    List<Passage> passages =
        PassageSplitter.split(List.of("First point.\n\nSecond   point.", "Next page."), true);
    assertThat(passages)
        .containsExactly(
            new Passage(1, Optional.of(1), "First point.\n\nSecond point."),
            new Passage(2, Optional.of(2), "Next page."));
  }

  @Test
  void aParagraphLongerThanAPassageIsCutAtASentenceEnd() {
    String sentence = "Carers told us they waited too long for an assessment. ";
    String text = sentence.repeat(60);
    List<Passage> passages = PassageSplitter.split(List.of(text), false);
    assertThat(passages).hasSizeGreaterThan(1);
    assertThat(passages).allSatisfy(p -> assertThat(p.body().length()).isLessThanOrEqualTo(2000));
    assertThat(passages.get(0).body()).endsWith("assessment.");
    assertThat(passages.get(0).page()).isEmpty();
    assertThat(String.join(" ", passages.stream().map(Passage::body).toList()))
        .isEqualTo(text.strip());
  }

  @Test
  void textWithoutAnySpaceIsStillCutToTheLimitAndNulCharactersAreDropped() {
    List<Passage> passages = PassageSplitter.split(List.of("x".repeat(4500) + "\u0000"), false);
    assertThat(passages).extracting(p -> p.body().length()).containsExactly(2000, 2000, 500);
  }

  @Test
  void blankPagesGiveNoPassages() {
    assertThat(PassageSplitter.split(List.of("  \n\n ", ""), true)).isEmpty();
  }
}
