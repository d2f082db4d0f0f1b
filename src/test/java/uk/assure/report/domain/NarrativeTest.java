package uk.assure.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrativeTest {

  private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void paragraphsAreThePartsBetweenBlankLines() {
    assertThat(Narrative.paragraphs("  One.\r\n\r\nTwo\nlines.\n \n\nThree. "))
        .containsExactly("One.", "Two\nlines.", "Three.");
    assertThat(Narrative.paragraphs("   ")).isEmpty();
    assertThat(
            new StatementNarrative("QS1", "Bell\u0007 and\u0000 nul", "", "", List.of())
                .keyFindings())
        .isEqualTo("Bell and nul");
  }

  @Test
  void aSecondSendOfTheSameTextHasTheSameContent() {
    Narrative first =
        Narrative.none()
            .next(
                CouncilContext.NONE,
                "Text",
                Map.of("QS1", finding("QS1", "Waits fell.", "waiting-times")),
                "a@example.org",
                AT);
    Narrative again =
        first.next(
            CouncilContext.NONE,
            "Text\n",
            Map.of(
                "QS1",
                finding("QS1", "Waits fell.", "waiting-times"),
                "QS2",
                StatementNarrative.empty("QS2")),
            "b@example.org",
            AT.plusSeconds(5));
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.sameContentAs(first)).isTrue();
    assertThat(again.changedStatements(first)).isEmpty();

    Narrative changed =
        first.next(
            CouncilContext.NONE,
            "Text",
            Map.of("QS1", finding("QS1", "Waits rose.", "waiting-times")),
            "b@example.org",
            AT);
    assertThat(changed.sameContentAs(first)).isFalse();
    assertThat(changed.changedStatements(first)).containsExactly("QS1");
  }

  @Test
  void findingsAreFiledUnderTheirOwnStatementAndTaggedOnce() {
    assertThatThrownBy(
            () ->
                new Narrative(
                    1,
                    CouncilContext.NONE,
                    "",
                    Map.of("QS2", finding("QS1", "x")),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> finding("QS1", "x", "carers", "carers"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> finding("QS1", "x".repeat(10_001)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void councilContextChecksItsFigures() {
    assertThat(CouncilContext.isFinancialYear("2024-25")).isTrue();
    assertThat(CouncilContext.isFinancialYear("1999-00")).isTrue();
    assertThat(CouncilContext.isFinancialYear("2024-26")).isFalse();
    assertThat(CouncilContext.isFinancialYear("2024/25")).isFalse();
    assertThatThrownBy(
            () ->
                new CouncilContext(
                    Optional.of(0), Optional.empty(), Optional.empty(), Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CouncilContext(
                    Optional.empty(), Optional.of(-1L), Optional.empty(), Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new CouncilContext(
                    Optional.empty(), Optional.of(5L), Optional.empty(), Optional.empty(), " s ")
                .source())
        .isEqualTo("s");
  }

  @Test
  void topicsHaveCodesAndLabels() {
    TopicTags topics =
        new TopicTags(new java.util.LinkedHashMap<>(Map.of("carers", "Unpaid carers")));
    assertThat(topics.isKnown("carers")).isTrue();
    assertThat(topics.isKnown("Carers")).isFalse();
    assertThatThrownBy(() -> new TopicTags(Map.of("Bad Code", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TopicTags(Map.of("ok", " ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static StatementNarrative finding(String code, String text, String... tags) {
    return new StatementNarrative(code, text, "", "", List.of(tags));
  }
}
