package uk.assure.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.assure.framework.domain.EvidenceCategory;

class DerivedScoreTest {

  @Test
  void fourCategoriesScoredTwoTwoThreeTwoAreNineOutOfSixteenWhichRoundsUpToFiftySevenAndGivesTwo() {
    DerivedScore derived =
        DerivedScore.of(
                Map.of(
                    EvidenceCategory.PEOPLE_EXPERIENCE, 2,
                    EvidenceCategory.FEEDBACK_STAFF_LEADERS, 2,
                    EvidenceCategory.FEEDBACK_PARTNERS, 3,
                    EvidenceCategory.PROCESSES, 2))
            .orElseThrow();
    assertThat(derived.total()).isEqualTo(9);
    assertThat(derived.maximum()).isEqualTo(16);
    assertThat(derived.percentage().value()).isEqualTo(57);
    assertThat(derived.score().value()).isEqualTo(2);
  }

  @Test
  void threeCategoriesScoredThreeFourThreeAreTenOutOfTwelveWhichIsEightyFourAndGivesThree() {
    DerivedScore derived =
        DerivedScore.of(
                Map.of(
                    EvidenceCategory.PEOPLE_EXPERIENCE, 3,
                    EvidenceCategory.FEEDBACK_PARTNERS, 4,
                    EvidenceCategory.PROCESSES, 3))
            .orElseThrow();
    assertThat(derived.percentage().value()).isEqualTo(84);
    assertThat(derived.score().value()).isEqualTo(3);
  }

  @Test
  void allFoursGiveFourAndNoCategoriesGiveNothing() {
    assertThat(
            DerivedScore.of(
                    Map.of(EvidenceCategory.PEOPLE_EXPERIENCE, 4, EvidenceCategory.PROCESSES, 4))
                .orElseThrow()
                .score()
                .value())
        .isEqualTo(4);
    assertThat(DerivedScore.of(Map.of())).isEmpty();
  }

  @Test
  void aCategoryNotUsedForCouncilsIsRefused() {
    assertThatThrownBy(() -> DerivedScore.of(Map.of(EvidenceCategory.OUTCOMES, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
