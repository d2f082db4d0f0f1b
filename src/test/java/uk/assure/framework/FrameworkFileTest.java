package uk.assure.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.EvidenceCategoryDescription;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.RatingBandDescription;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.Theme;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.domain.Rating;
import uk.assure.shared.yaml.YamlProblem;

class FrameworkFileTest {

  private static final FrameworkFileFixture BUNDLED = FrameworkFileFixture.bundled();

  // --- The shipped framework ---

  @Test
  void theShippedFrameworkHasFourThemesInOrder() {
    assertThat(FrameworkFile.bundled(PublishedRatingRules.RULES).themes())
        .extracting(Theme::number, Theme::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Working with people"),
            org.assertj.core.groups.Tuple.tuple(2, "Providing support"),
            org.assertj.core.groups.Tuple.tuple(3, "Ensuring safety within the system"),
            org.assertj.core.groups.Tuple.tuple(4, "Leadership"));
  }

  @Test
  void theShippedFrameworkHasNineStatementsInOrderWithTheirThemes() {
    Framework framework = FrameworkFile.bundled(PublishedRatingRules.RULES);

    assertThat(framework.statementCodes())
        .containsExactly("QS1", "QS2", "QS3", "QS4", "QS5", "QS6", "QS7", "QS8", "QS9");
    assertThat(framework.statements())
        .extracting(QualityStatement::theme)
        .containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 4);
    assertThat(framework.statement("QS4").orElseThrow().name())
        .isEqualTo("Care provision, integration and continuity");
  }

  @Test
  void everyShippedStatementHasASummaryACommitmentAndTwoToFourExpectations() {
    for (QualityStatement statement :
        FrameworkFile.bundled(PublishedRatingRules.RULES).statements()) {
      assertThat(statement.summary()).as(statement.code()).isNotBlank();
      assertThat(statement.we()).as(statement.code()).startsWith("We ");
      assertThat(statement.expectations()).as(statement.code()).hasSizeBetween(2, 4);
      assertThat(statement.expectations())
          .as(statement.code())
          .allMatch(e -> e.matches(".*\\b(I|my|me|My)\\b.*"));
    }
  }

  @Test
  void theShippedFrameworkUsesFourOfTheSixEvidenceCategoriesForCouncils() {
    Framework framework = FrameworkFile.bundled(PublishedRatingRules.RULES);

    assertThat(framework.evidenceCategories()).hasSize(6);
    assertThat(framework.councilEvidenceCategories())
        .extracting(EvidenceCategoryDescription::category)
        .containsExactly(
            EvidenceCategory.PEOPLE_EXPERIENCE,
            EvidenceCategory.FEEDBACK_STAFF_LEADERS,
            EvidenceCategory.FEEDBACK_PARTNERS,
            EvidenceCategory.PROCESSES);
  }

  @Test
  void theShippedFrameworkGivesTheMeaningOfEachScore() {
    assertThat(FrameworkFile.bundled(PublishedRatingRules.RULES).scoreMeanings())
        .extracting(ScoreMeaning::score, ScoreMeaning::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Significant shortfalls"),
            org.assertj.core.groups.Tuple.tuple(2, "Some shortfalls"),
            org.assertj.core.groups.Tuple.tuple(3, "A good standard"),
            org.assertj.core.groups.Tuple.tuple(4, "An exceptional standard"));
  }

  @Test
  void theShippedRatingBandsAreTheRatingRules() {
    List<RatingBandDescription> bands =
        FrameworkFile.bundled(PublishedRatingRules.RULES).ratingBands();

    assertThat(bands).hasSize(Rating.values().length);
    for (Rating rating : Rating.values()) {
      RatingBandDescription band = bands.get(rating.ordinal());
      assertThat(band.rating()).isEqualTo(rating.code());
      assertThat(band.from()).isEqualTo(rating.minimum());
      assertThat(band.to()).isEqualTo(rating.maximum());
    }
  }

  @Test
  void theShippedFrameworkDescribesBothScoringMethodsEarliestFirst() {
    Framework framework = FrameworkFile.bundled(PublishedRatingRules.RULES);

    assertThat(framework.methods()).extracting(m -> m.code()).containsExactly("2023-12", "2024-12");
    assertThat(framework.method("2023-12").orElseThrow().inUse()).isFalse();
    assertThat(framework.method("2024-12").orElseThrow().inUse()).isTrue();
  }

  @Test
  void noScoreDescriptionsArePublishedYetInTheShippedFramework() {
    assertThat(FrameworkFile.bundled(PublishedRatingRules.RULES).statements())
        .noneMatch(QualityStatement::hasScoreDescriptions);
  }

  @Test
  void qs6IsFoundByEitherOfItsNames() {
    Framework framework = FrameworkFile.bundled(PublishedRatingRules.RULES);

    assertThat(framework.statementNamed("Safe pathways, systems and transitions"))
        .map(QualityStatement::code)
        .contains("QS6");
    assertThat(framework.statementNamed("safe systems, pathways and transitions"))
        .map(QualityStatement::code)
        .contains("QS6");
  }

  @Test
  void theShippedFrameworkIsReadOnce() {
    assertThat(FrameworkFile.bundled(PublishedRatingRules.RULES))
        .isSameAs(FrameworkFile.bundled(PublishedRatingRules.RULES));
  }

  // --- A revised framework ---

  @Test
  void aRevisedFileWithNewWordingLoadsWithoutCodeChanges() {
    Framework revised =
        FrameworkFile.read(
            Path.of("src/test/resources/framework/revised.yaml"), PublishedRatingRules.RULES);

    assertThat(revised.version()).isEqualTo("2026-01");
    assertThat(revised.theme(1).orElseThrow().name()).isEqualTo("Working with people and carers");
    QualityStatement safeguarding = revised.statement("QS7").orElseThrow();
    assertThat(safeguarding.alsoKnownAs()).containsExactly("Keeping adults safe");
    assertThat(safeguarding.expectations())
        .contains("I feel safe and I know whom to tell when something worries me.");
    assertThat(safeguarding.scoreDescription(3)).get().asString().startsWith("Concerns are");
    assertThat(safeguarding.scoreDescription(4)).isEmpty();
    assertThat(revised.statementNamed("Keeping adults safe")).contains(safeguarding);
  }

  // --- Problems, one kind at a time ---

  @Test
  void aMissingFieldIsReportedWithItsStatementAndLine() {
    FrameworkFileFixture file = BUNDLED.replacing("    name: Assessing needs\n", "");

    assertThat(problems(file))
        .containsExactly(
            "line " + file.lineOf("  - code: QS1") + ": statement 1 (QS1): 'name' is missing");
  }

  @Test
  void aMisspeltFieldIsReportedAsUnknownAndTheRealOneAsMissing() {
    FrameworkFileFixture file =
        BUNDLED.replacingAfter("code: QS2", "    expectations:\n", "    expectation:\n");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - code: QS2")
                + ": statement 2 (QS2): 'expectations' is"
                + " missing",
            "line "
                + file.lineOf("expectation:\n")
                + ": statement 2 (QS2): unknown field 'expectation'; the fields here are code,"
                + " theme, name, alsoKnownAs, summary, we, expectations, scoreDescriptions");
  }

  @Test
  void aDuplicateStatementCodeIsReported() {
    FrameworkFileFixture file = BUNDLED.replacing("code: QS2", "code: QS1");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - code: QS1\n    theme: 1\n    name: Supporting")
                + ": statement 2 (QS1): QS1 is used by an earlier statement too");
  }

  @Test
  void aMalformedStatementCodeIsReported() {
    FrameworkFileFixture file = BUNDLED.replacing("code: QS3", "code: Q3");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("code: Q3")
                + ": statement 3 (Q3): 'code' must be QS followed by the statement's number, like"
                + " QS1, not 'Q3'");
  }

  @Test
  void aStatementInAnUnknownThemeIsReported() {
    FrameworkFileFixture file = BUNDLED.replacingAfter("code: QS9", "theme: 4", "theme: 7");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - code: QS9")
                + ": statement 9 (QS9): theme 7 is not one of the themes in this file (1, 2, 3,"
                + " 4)");
  }

  @Test
  void statementsOutOfThemeOrderAreReported() {
    FrameworkFileFixture file = BUNDLED.replacingAfter("code: QS5", "theme: 2", "theme: 1");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - code: QS5")
                + ": statement 5 (QS5): it is in theme 1 but comes after statements of a later"
                + " theme: list the statements theme by theme, in the order of the themes");
  }

  @Test
  void aThemeWithoutStatementsIsReported() {
    FrameworkFileFixture file =
        BUNDLED
            .replacingAfter("code: QS8", "theme: 4", "theme: 3")
            .replacingAfter("code: QS9", "theme: 4", "theme: 3");

    assertThat(problems(file))
        .singleElement()
        .asString()
        .endsWith(
            "theme 4: no statement belongs to this theme: give each theme at least one statement");
  }

  @Test
  void anUnknownEvidenceCategoryIsReportedAndTheMissingOneNamed() {
    FrameworkFileFixture file = BUNDLED.replacing("code: OUTCOMES", "code: OUTCOME");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - code: PEOPLE_EXPERIENCE")
                + ": evidenceCategories: OUTCOMES is missing: list all six categories, with"
                + " usedForCouncils: false",
            "line "
                + file.lineOf("code: OUTCOME\n")
                + ": evidence category 5 (OUTCOME): 'OUTCOME' is not an evidence category; the"
                + " codes are PEOPLE_EXPERIENCE, FEEDBACK_STAFF_LEADERS, FEEDBACK_PARTNERS,"
                + " PROCESSES, OUTCOMES, OBSERVATION");
  }

  @Test
  void anEvidenceCategoryMarkedAgainstTheRatingRulesIsReported() {
    FrameworkFileFixture file =
        BUNDLED.replacingAfter(
            "code: OBSERVATION", "usedForCouncils: false", "usedForCouncils: yes");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("usedForCouncils: yes")
                + ": evidence category 6 (OBSERVATION): the rating rules do not use OBSERVATION"
                + " when assessing councils: set usedForCouncils to false");
  }

  @Test
  void scoreDescriptionKeysOutsideOneToFourAreReported() {
    FrameworkFileFixture file =
        BUNDLED.replacing("{1: ~, 2: ~, 3: ~, 4: ~}", "{0: ~, 2: ~, 5: Far beyond, four: ~}");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("{0: ~")
                + ": statement 1 (QS1): scoreDescriptions: '0' is not a score: scores are 1, 2, 3"
                + " and 4",
            "line "
                + file.lineOf("{0: ~")
                + ": statement 1 (QS1): scoreDescriptions: '5' is not a score: scores are 1, 2, 3"
                + " and 4",
            "line "
                + file.lineOf("{0: ~")
                + ": statement 1 (QS1): scoreDescriptions: 'four' is not a score: scores are 1, 2,"
                + " 3 and 4");
  }

  @Test
  void aMissingScoreMeaningIsReported() {
    FrameworkFileFixture file =
        BUNDLED.replacing("  4:\n    name: An exceptional", "  5:\n    name: An exceptional");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  1:\n    name: Significant")
                + ": scoreMeanings: the meaning"
                + " of score 4 is missing",
            "line "
                + file.lineOf("  5:")
                + ": scoreMeanings: '5' is not a score: scores are 1, 2,"
                + " 3 and 4");
  }

  @Test
  void aRatingBandThatDisagreesWithTheRatingRulesIsReported() {
    FrameworkFileFixture file = BUNDLED.replacing("from: 39", "from: 40");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("from: 40")
                + ": rating band 2 (requires_improvement): the band starts at 40% in this file,"
                + " but the rating rules give requires_improvement to 39-62%; bands are rating"
                + " rules, so a change to them needs a change to Assure itself");
  }

  @Test
  void anUnknownRatingAndAMissingBandAreReported() {
    FrameworkFileFixture file = BUNDLED.replacing("rating: outstanding", "rating: excellent");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("  - {rating: inadequate")
                + ": ratingBands: the band for outstanding is missing: it runs from 88 to 100%",
            "line "
                + file.lineOf("rating: excellent")
                + ": rating band 4 (excellent): 'excellent' is not a rating; the ratings are"
                + " inadequate, requires_improvement, good, outstanding");
  }

  @Test
  void anUnknownScoringMethodAndABadMonthAreReported() {
    FrameworkFileFixture file =
        BUNDLED
            .replacing("code: \"2023-12\"", "code: \"2023-11\"")
            .replacing("until: \"2024-11\"", "until: November 2024");

    assertThat(problems(file))
        .containsExactly(
            "line "
                + file.lineOf("code: \"2023-11\"")
                + ": scoring method 1 (2023-11): '2023-11' is not a scoring method; the methods"
                + " are 2023-12, 2024-12",
            "line "
                + file.lineOf("  - code: \"2023-11\"")
                + ": methods: the scoring method 2023-12 is missing: describe both 2023-12,"
                + " 2024-12",
            "line "
                + file.lineOf("until: November")
                + ": scoring method 1 (2023-11): 'until' must be a month written as YYYY-MM, like"
                + " 2024-12");
  }

  @Test
  void badYamlIsReportedWithItsLine() {
    FrameworkFileFixture file =
        BUNDLED.replacing("    name: Leadership\n", "    name: Leadership: [\n");

    assertThat(problems(file))
        .singleElement()
        .asString()
        .startsWith("line " + file.lineOf("name: Leadership") + ": this is not valid YAML: ")
        .contains("check the indentation, colons and quotes around this line");
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(problems(FrameworkFileFixture.of("# nothing yet\n")))
        .containsExactly(
            "the file is empty: it needs version, title, source, themes, statements,"
                + " evidenceCategories, scoreMeanings, ratingBands, methods");
  }

  @Test
  void aFileThatIsNotAMappingIsReported() {
    assertThat(problems(FrameworkFileFixture.of("- QS1\n- QS2\n")))
        .containsExactly(
            "line 1: the file must be a set of fields: version, title, source, themes, statements,"
                + " evidenceCategories, scoreMeanings, ratingBands, methods");
  }

  @Test
  void aMissingTopLevelListIsReported() {
    FrameworkFileFixture file =
        FrameworkFileFixture.of(
            BUNDLED.text().substring(0, BUNDLED.text().indexOf("\nmethods:") + 1));

    assertThat(problems(file)).containsExactly("the file has no 'methods'");
  }

  // --- Every problem at once ---

  @Test
  void everyProblemInAFileIsReportedAtOnceInLineOrder() {
    FrameworkFileFixture file =
        BUNDLED
            .replacing("    name: Assessing needs\n", "")
            .replacing("code: QS3", "code: Q3")
            .replacingAfter("code: QS9", "theme: 4", "theme: 7")
            .replacing("code: OUTCOMES", "code: OUTCOME")
            .replacing("{1: ~, 2: ~, 3: ~, 4: ~}", "{1: ~, 5: ~}")
            .replacing("to: 87}", "to: 86}");

    List<String> problems = problems(file);

    assertThat(problems).hasSize(7);
    assertThat(problems)
        .anyMatch(p -> p.contains("(QS1): 'name' is missing"))
        .anyMatch(p -> p.contains("'5' is not a score"))
        .anyMatch(p -> p.contains("not 'Q3'"))
        .anyMatch(p -> p.contains("theme 7 is not one of the themes"))
        .anyMatch(p -> p.contains("OUTCOMES is missing"))
        .anyMatch(p -> p.contains("'OUTCOME' is not an evidence category"))
        .anyMatch(p -> p.contains("the band ends at 86%"));
    FrameworkCheck.Invalid invalid = (FrameworkCheck.Invalid) file.check();
    assertThat(invalid.problems()).extracting(YamlProblem::line).isSorted();
  }

  @Test
  void readingABadFileThrowsWithEveryProblemInTheMessage() {
    FrameworkFileFixture file =
        BUNDLED.replacing("code: QS2", "code: QS1").replacing("from: 39", "from: 40");

    assertThatThrownBy(() -> FrameworkFile.read(file.stream(), PublishedRatingRules.RULES))
        .isInstanceOf(InvalidFrameworkFileException.class)
        .hasMessageContaining("cannot be used: it has 2 problems:")
        .hasMessageContaining("QS1 is used by an earlier statement too")
        .hasMessageContaining("the band starts at 40%")
        .satisfies(e -> assertThat(((InvalidFrameworkFileException) e).problems()).hasSize(2));
  }

  @Test
  void aFileThatDoesNotExistIsReported(@TempDir Path directory) {
    Path missing = directory.resolve("framework.yaml");

    FrameworkCheck check = FrameworkFile.check(missing, PublishedRatingRules.RULES);

    assertThat(check)
        .isInstanceOfSatisfying(
            FrameworkCheck.Invalid.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(YamlProblem::toString)
                    .containsExactly("the file " + missing + ": there is no such file"));
  }

  @Test
  void aValidFileOnDiskIsRead(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("framework.yaml"), BUNDLED.text());

    assertThat(FrameworkFile.check(file, PublishedRatingRules.RULES))
        .isInstanceOf(FrameworkCheck.Valid.class);
  }

  private static List<String> problems(FrameworkFileFixture file) {
    FrameworkCheck check = file.check();
    assertThat(check)
        .as("the check of the changed file")
        .isInstanceOf(FrameworkCheck.Invalid.class);
    return ((FrameworkCheck.Invalid) check).problems().stream().map(YamlProblem::toString).toList();
  }
}
