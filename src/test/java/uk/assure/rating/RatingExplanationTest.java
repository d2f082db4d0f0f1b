package uk.assure.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.assure.framework.FrameworkFile;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.domain.Rating;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingRequest;
import uk.assure.rating.domain.RatingResult;

class RatingExplanationTest {

  private static final Framework FRAMEWORK = FrameworkFile.bundled(PublishedRatingRules.RULES);
  private static final RatingPolicy POLICY = new RatingPolicy(FRAMEWORK.statementCodes());
  private final RatingExplanation explanation = new RatingExplanation(FRAMEWORK);

  private static RatingResult rated(Integer... scores) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      map.put("QS" + (i + 1), scores[i]);
    }
    return POLICY.rate(RatingRequest.statementLevel(map)).orElseThrow();
  }

  @Test
  void names_each_rating() {
    assertThat(explanation.label(Rating.OUTSTANDING)).isEqualTo("Outstanding");
    assertThat(explanation.label(Rating.GOOD)).isEqualTo("Good");
    assertThat(explanation.label(Rating.REQUIRES_IMPROVEMENT)).isEqualTo("Requires improvement");
    assertThat(explanation.label(Rating.INADEQUATE)).isEqualTo("Inadequate");
    assertThat(explanation.word(Rating.REQUIRES_IMPROVEMENT)).isEqualTo("requires improvement");
    assertThat(explanation.categoryLabel(EvidenceCategory.PEOPLE_EXPERIENCE))
        .isEqualTo("People's experience");
  }

  @Test
  void explains_a_full_assessment_step_by_step() {
    RatingResult result = rated(3, 3, 4, 3, 4, 4, 3, 4, 4);

    assertThat(explanation.summary(result)).isEqualTo("Outstanding: 89%");
    assertThat(explanation.steps(result))
        .containsExactly(
            "Scored by the method used from December 2024: each quality statement assessed is"
                + " scored from 1 to 4.",
            "QS1 Assessing needs: 3 out of 4.",
            "QS2 Supporting people to live healthier lives: 3 out of 4.",
            "QS3 Equity in experience and outcomes: 4 out of 4.",
            "QS4 Care provision, integration and continuity: 3 out of 4.",
            "QS5 Partnerships and communities: 4 out of 4.",
            "QS6 Safe pathways, systems and transitions: 4 out of 4.",
            "QS7 Safeguarding: 3 out of 4.",
            "QS8 Governance, management and sustainability: 4 out of 4.",
            "QS9 Learning, improvement and innovation: 4 out of 4.",
            "Total: 32 out of a maximum of 36 (9 statements assessed, up to 4 points each).",
            "32 divided by 36 is 88.9%. Percentages are rounded up to a whole number, so 89%.",
            "89% is in the outstanding band (88% to 100%).");
  }

  @Test
  void says_when_a_percentage_is_exact() {
    List<String> steps = explanation.steps(rated(3, 3, 3, 3, 3, 3, 3, 3, 3));

    assertThat(steps).contains("27 divided by 36 is exactly 75%.");
    assertThat(steps).contains("75% is in the good band (63% to 87%).");
  }

  @Test
  void explains_the_published_example_of_22_out_of_36() {
    RatingResult result = rated(3, 2, 3, 2, 3, 2, 3, 2, 2);

    assertThat(explanation.steps(result))
        .contains(
            "22 divided by 36 is 61.1%. Percentages are rounded up to a whole number, so 62%.",
            "62% is in the requires improvement band (39% to 62%).");
    assertThat(explanation.position(result)).isEqualTo("Requires improvement, nearer good");
  }

  @Test
  void lists_the_statements_not_assessed_in_a_partial_assessment() {
    RatingResult result = rated(3, null, 4, 3, null, 4, 3, 4, 4);

    List<String> steps = explanation.steps(result);

    assertThat(steps)
        .contains("Total: 25 out of a maximum of 28 (7 statements assessed, up to 4 points each).")
        .endsWith(
            "This is a partial assessment: 7 of 9 statements were assessed, so the maximum is 28,"
                + " not 36. Not assessed: QS2 Supporting people to live healthier lives and QS5"
                + " Partnerships and communities.");
    assertThat(steps).noneMatch(step -> step.startsWith("QS2"));
  }

  @Test
  void speaks_of_one_statement_in_the_singular() {
    RatingResult result = rated(3);

    assertThat(explanation.steps(result))
        .contains("Total: 3 out of a maximum of 4 (1 statement assessed, up to 4 points each).");
    assertThat(explanation.steps(result).get(explanation.steps(result).size() - 1))
        .endsWith(
            "Not assessed: QS2 Supporting people to live healthier lives, QS3 Equity in experience"
                + " and outcomes, QS4 Care provision, integration and continuity, QS5 Partnerships"
                + " and communities, QS6 Safe pathways, systems and transitions, QS7 Safeguarding,"
                + " QS8 Governance, management and sustainability and QS9 Learning, improvement"
                + " and innovation.");
  }

  @Test
  void notes_a_possible_section_50_notification() {
    RatingResult result = rated(1, 3, 3, 3, 3, 3, 1, 3, 3);

    assertThat(explanation.steps(result))
        .last()
        .isEqualTo(
            "QS1 Assessing needs and QS7 Safeguarding scored 1 (significant shortfalls), so the"
                + " regulator must consider notifying the Secretary of State that the council may"
                + " be failing to meet its duties (Health and Social Care Act 2008, section 50).");
  }

  @ParameterizedTest(name = "{0} of 36 reads \"{1}\"")
  @CsvSource(
      delimiter = ';',
      value = {
        "9; Inadequate, near the bottom of the band",
        "11; Inadequate, in the middle of the band",
        "13; Inadequate, nearer requires improvement",
        "14; Requires improvement, nearer inadequate",
        "22; Requires improvement, nearer good",
        "25; Good, nearer requires improvement",
        "27; Good, in the middle of the band",
        "31; Good, nearer outstanding",
        "32; Outstanding, nearer good",
        "34; Outstanding, in the middle of the band",
        "36; Outstanding, near the top of the band"
      })
  void places_the_rating_in_its_band(int total, String position) {
    Integer[] scores = new Integer[9];
    for (int i = 0; i < 9; i++) {
      scores[i] = total / 9 + (i < total % 9 ? 1 : 0);
    }

    assertThat(explanation.position(rated(scores))).isEqualTo(position);
  }

  @Test
  void says_any_statement_when_every_assessed_statement_can_take_the_point() {
    RatingResult nearerGood = rated(3, 2, 3, 2, 3, 2, 3, 2, 2); // 22 of 36, none at 4
    RatingResult nearerRequiresImprovement = rated(3, 3, 3, 3, 2, 2, 2, 2, 3); // 23, none at 1

    assertThat(explanation.wouldRaise(nearerGood))
        .contains("One more point on any statement would make this good.");
    assertThat(explanation.wouldLower(nearerRequiresImprovement))
        .contains("Losing one point on any statement would make this requires improvement.");
  }

  @Test
  void leaves_out_statements_already_at_the_end_of_the_scale() {
    RatingResult nearerOutstanding = rated(4, 4, 4, 4, 3, 3, 3, 3, 3); // 31 of 36, 87%
    RatingResult nearerRequiresImprovement = rated(4, 4, 4, 1, 2, 2, 2, 2, 2); // 23, 64%

    assertThat(explanation.wouldRaise(nearerOutstanding))
        .contains("One more point on any statement scored below 4 would make this outstanding.");
    assertThat(explanation.wouldLower(nearerRequiresImprovement))
        .contains(
            "Losing one point on any statement scored above 1 would make this requires"
                + " improvement.");
  }

  @Test
  void counts_the_points_needed_when_more_than_one() {
    RatingResult good = rated(3, 3, 3, 3, 3, 3, 3, 3, 3); // 27 of 36, 75%

    assertThat(explanation.wouldRaise(good))
        .contains("5 more points across the statements would make this outstanding.");
    assertThat(explanation.wouldLower(good))
        .contains("Losing 5 points across the statements would make this requires improvement.");
  }

  @Test
  void says_nothing_can_raise_outstanding_or_lower_inadequate() {
    assertThat(explanation.wouldRaise(rated(4, 4, 4, 4, 4, 4, 4, 4, 4))).isEmpty();
    assertThat(explanation.wouldLower(rated(1, 1, 1, 1, 1, 1, 1, 1, 1))).isEmpty();
    assertThat(explanation.wouldRaise(rated(1, 1, 1, 1, 1, 1, 1, 1, 1)))
        .contains("5 more points across the statements would make this requires improvement.");
  }

  @Test
  void explains_category_scores_under_the_2023_12_method() {
    Map<String, Map<String, Integer>> given = new LinkedHashMap<>();
    given.put(
        "QS1",
        Map.of(
            "PEOPLE_EXPERIENCE",
            3,
            "FEEDBACK_STAFF_LEADERS",
            3,
            "FEEDBACK_PARTNERS",
            3,
            "PROCESSES",
            2));
    given.put("QS7", Map.of("PEOPLE_EXPERIENCE", 3, "PROCESSES", 3));
    RatingResult result = POLICY.rate(RatingRequest.evidenceCategory(given)).orElseThrow();

    assertThat(explanation.steps(result))
        .startsWith(
            "Scored by the method used from December 2023 to November 2024: each evidence"
                + " category assessed for a statement is scored from 1 to 4, and the statement's"
                + " score comes from their percentage, using the same bands as the overall rating"
                + " (25% to 38% is 1, 39% to 62% is 2, 63% to 87% is 3, 88% to 100% is 4).",
            "QS1 Assessing needs: People's experience 3, Feedback from staff and leaders 3,"
                + " Feedback from partners 3, Processes 2. That is 11 out of 16, or 68.8%, which"
                + " rounds up to 69%, so the statement scores 3.",
            "QS7 Safeguarding: People's experience 3, Processes 3. That is 6 out of 8, exactly"
                + " 75%, so the statement scores 3.",
            "Total: 6 out of a maximum of 8 (2 statements assessed, up to 4 points each).");
  }

  @Test
  void speaks_of_evidence_category_points_under_the_2023_12_method() {
    Map<String, Map<String, Integer>> given = new LinkedHashMap<>();
    given.put("QS1", Map.of("PEOPLE_EXPERIENCE", 3, "PROCESSES", 3));
    given.put(
        "QS2",
        Map.of(
            "PEOPLE_EXPERIENCE",
            3,
            "FEEDBACK_STAFF_LEADERS",
            3,
            "FEEDBACK_PARTNERS",
            3,
            "PROCESSES",
            3));
    RatingResult result = POLICY.rate(RatingRequest.evidenceCategory(given)).orElseThrow();

    assertThat(explanation.wouldRaise(result))
        .contains(
            "One more evidence category point, in the right place, would make this outstanding.");
    assertThat(explanation.wouldLower(result))
        .contains(
            "Losing 3 evidence category points, where they lower statement scores, would make"
                + " this requires improvement.");
  }
}
