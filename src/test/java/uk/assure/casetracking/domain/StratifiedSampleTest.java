package uk.assure.casetracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedSampleTest {

  /**
   * 60 physical support cases aged 65+, 30 learning disability cases aged 18-64, 10 mental health.
   */
  static List<CaseRecord> list() {
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Cohort.SupportReason reason =
          i < 60
              ? Cohort.SupportReason.PHYSICAL
              : i < 90
                  ? Cohort.SupportReason.LEARNING_DISABILITY
                  : Cohort.SupportReason.MENTAL_HEALTH;
      Cohort.AgeBand age = i < 60 ? Cohort.AgeBand.AGE_75_84 : Cohort.AgeBand.AGE_25_64;
      cases.add(
          new CaseRecord(
              String.format("CT-%04d", i),
              age,
              reason,
              Cohort.Setting.OWN_HOME,
              i % 3 == 0,
              false,
              i % 10 == 0,
              false));
    }
    return cases;
  }

  @Test
  void theSameListSizesAndSeedAlwaysDrawTheSameCasesWhateverTheListsOrder() {
    List<CaseRecord> shuffled = new ArrayList<>(list());
    Collections.reverse(shuffled);
    StratifiedSample.Draw first = StratifiedSample.draw(list(), 10, 6, 42L);
    StratifiedSample.Draw again = StratifiedSample.draw(shuffled, 10, 6, 42L);
    assertThat(again).isEqualTo(first);
    assertThat(StratifiedSample.draw(list(), 10, 6, 43L).listed()).isNotEqualTo(first.listed());
  }

  @Test
  void placesGoToStrataInProportionToTheirSize() {
    StratifiedSample.Draw draw = StratifiedSample.draw(list(), 10, 6, 7L);
    assertThat(draw.strata())
        .extracting(
            StratifiedSample.Stratum::code,
            StratifiedSample.Stratum::size,
            StratifiedSample.Stratum::listed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("learning_disability/18-64", 30, 3),
            org.assertj.core.groups.Tuple.tuple("mental_health/18-64", 10, 1),
            org.assertj.core.groups.Tuple.tuple("physical/65+", 60, 6));
    assertThat(draw.listed()).hasSize(10).doesNotHaveDuplicates();
    assertThat(draw.followed()).hasSize(6);
    assertThat(draw.listed()).containsAll(draw.followed());
  }

  @Test
  void largestRemaindersBreakTiesInStratumOrderAndNeverGiveAStratumMoreThanItHolds() {
    assertThat(StratifiedSample.allocate(List.of(1, 1, 1), 2)).containsExactly(1, 1, 0);
    assertThat(StratifiedSample.allocate(List.of(1, 9), 5)).containsExactly(1, 4);
    assertThat(StratifiedSample.allocate(List.of(2, 2), 4)).containsExactly(2, 2);
  }

  @Test
  void aListSmallerThanTheSampleIsTakenWhole() {
    StratifiedSample.Draw draw = StratifiedSample.draw(list().subList(0, 4), 10, 6, 1L);
    assertThat(draw.listed()).hasSize(4);
    assertThat(draw.followed()).hasSize(4);
  }

  @Test
  void sizesOutOfRangeAreRefused() {
    assertThatThrownBy(() -> StratifiedSample.draw(list(), 5, 6, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StratifiedSample.draw(list(), 0, 0, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coverageSaysHowFewPeopleTheFollowedCasesAreAndWhichGroupsTheyMiss() {
    StratifiedSample.Draw draw = StratifiedSample.draw(list(), 10, 6, 42L);
    Coverage coverage = Coverage.of(list(), draw.listed(), draw.followed());
    assertThat(coverage.followedMarginPoints()).isEqualTo(40);
    assertThat(Coverage.marginPoints(100)).isEqualTo(10);
    Coverage.Row physical =
        coverage.rows().stream()
            .filter(r -> r.valueCode().equals("physical"))
            .findFirst()
            .orElseThrow();
    assertThat(physical.onList()).isEqualTo(60);
    assertThat(physical.sharePercent(coverage.listSize())).isEqualTo(60);
    assertThat(coverage.missedByFollowed())
        .extracting(Coverage.Row::valueCode)
        .doesNotContain("physical");
  }
}
