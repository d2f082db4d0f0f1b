package uk.assure.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  @Test
  void aStatementCodeIsQsAndANumber() {
    assertThat(QualityStatement.isCode("QS1")).isTrue();
    assertThat(QualityStatement.isCode("QS12")).isTrue();
    assertThat(QualityStatement.isCode("QS0")).isFalse();
    assertThat(QualityStatement.isCode("qs1")).isFalse();
    assertThat(QualityStatement.isCode("Q1")).isFalse();
  }

  @Test
  void aStatementRefusesAMalformedCode() {
    assertThatThrownBy(() -> statement("S1", 1, "Assessing needs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("like QS1, not 'S1'");
  }

  @Test
  void aStatementNeedsAnExpectation() {
    assertThatThrownBy(
            () ->
                new QualityStatement(
                    "QS1", 1, "Assessing needs", "Summary.", "We assess.", List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QS1 needs at least one \"I\" expectation");
  }

  @Test
  void aStatementRefusesADescriptionForAScoreOutsideOneToFour() {
    assertThatThrownBy(
            () ->
                new QualityStatement(
                    "QS1",
                    1,
                    "Assessing needs",
                    "Summary.",
                    "We assess.",
                    List.of("I am asked."),
                    Map.of(5, "Beyond")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QS1 describes score 5, but scores run from 1 to 4");
  }

  @Test
  void anEmptyScoreDescriptionMeansNoneHasBeenPublished() {
    Map<Integer, String> descriptions = new HashMap<>();
    descriptions.put(1, null);
    descriptions.put(2, " ");
    descriptions.put(3, "Good practice.");

    QualityStatement statement =
        new QualityStatement(
            "QS1",
            1,
            "Assessing needs",
            "Summary.",
            "We assess.",
            List.of("I am asked."),
            descriptions);

    assertThat(statement.scoreDescription(1)).isEmpty();
    assertThat(statement.scoreDescription(2)).isEmpty();
    assertThat(statement.scoreDescription(3)).contains("Good practice.");
    assertThat(statement.hasScoreDescriptions()).isTrue();
  }

  @Test
  void aStatementIsKnownByAnyOfItsNamesIgnoringCaseAndSpacing() {
    QualityStatement qs6 =
        new QualityStatement(
            "QS6",
            3,
            "Safe pathways, systems and transitions",
            List.of("Safe systems, pathways and transitions"),
            "Summary.",
            "We plan.",
            List.of("I am safe."),
            Map.of());

    assertThat(qs6.isNamed("safe systems,  pathways and transitions ")).isTrue();
    assertThat(qs6.isNamed("Safeguarding")).isFalse();
  }

  @Test
  void aFrameworkGroupsItsStatementsByTheme() {
    Framework framework = framework(List.of(statement("QS1", 1, "A"), statement("QS2", 2, "B")));

    assertThat(framework.statementsByTheme().keySet())
        .extracting(Theme::number)
        .containsExactly(1, 2);
    assertThat(framework.statementsIn(framework.theme(2).orElseThrow()))
        .extracting(QualityStatement::code)
        .containsExactly("QS2");
  }

  @Test
  void aFrameworkRefusesAStatementInAnUndefinedTheme() {
    assertThatThrownBy(() -> framework(List.of(statement("QS1", 1, "A"), statement("QS2", 3, "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QS2 belongs to theme 3, which is not defined");
  }

  @Test
  void aFrameworkRefusesTheSameCodeTwice() {
    assertThatThrownBy(() -> framework(List.of(statement("QS1", 1, "A"), statement("QS1", 2, "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QS1 appears twice");
  }

  @Test
  void aFrameworkRefusesTheSameNameForTwoStatements() {
    assertThatThrownBy(
            () -> framework(List.of(statement("QS1", 1, "Same"), statement("QS2", 2, "same"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The name 'same' is used by both QS1 and QS2");
  }

  @Test
  void aFrameworkFindsTheBandOfAPercentage() {
    Framework framework = framework(List.of(statement("QS1", 1, "A"), statement("QS2", 2, "B")));

    assertThat(framework.ratingBandFor(62))
        .map(RatingBandDescription::rating)
        .contains("requires_improvement");
    assertThat(framework.ratingBandFor(63)).map(RatingBandDescription::rating).contains("good");
    assertThat(framework.ratingBandFor(24)).isEmpty();
  }

  @Test
  void aScoringMethodCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                new ScoringMethodDescription(
                    "2023-12",
                    "Old",
                    YearMonth.of(2023, 12),
                    YearMonth.of(2023, 11),
                    List.of("Rule.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot end (2023-11) before it starts (2023-12)");
  }

  @Test
  void aScoreMeaningIsForAScoreFromOneToFour() {
    assertThatThrownBy(() -> new ScoreMeaning(0, "None", "Nothing."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScoreMeaning(4, "An exceptional standard", "Beyond.").score()).isEqualTo(4);
  }

  static QualityStatement statement(String code, int theme, String name) {
    return new QualityStatement(
        code, theme, name, "Summary.", "We commit.", List.of("I can expect."), Map.of());
  }

  static Framework framework(List<QualityStatement> statements) {
    return new Framework(
        "test",
        "Test framework",
        "Made for a test.",
        List.of(new Theme(1, "One", "First."), new Theme(2, "Two", "Second.")),
        statements,
        Arrays.stream(EvidenceCategory.values())
            .map(c -> new EvidenceCategoryDescription(c, c.code(), "About " + c.code()))
            .toList(),
        List.of(
            new ScoreMeaning(1, "Significant shortfalls", "One."),
            new ScoreMeaning(2, "Some shortfalls", "Two."),
            new ScoreMeaning(3, "A good standard", "Three."),
            new ScoreMeaning(4, "An exceptional standard", "Four.")),
        List.of(
            new RatingBandDescription("inadequate", "Inadequate", 25, 38),
            new RatingBandDescription("requires_improvement", "Requires improvement", 39, 62),
            new RatingBandDescription("good", "Good", 63, 87),
            new RatingBandDescription("outstanding", "Outstanding", 88, 100)),
        List.of(
            new ScoringMethodDescription(
                "2024-12", "Current", YearMonth.of(2024, 12), null, List.of("Rule."))));
  }
}
