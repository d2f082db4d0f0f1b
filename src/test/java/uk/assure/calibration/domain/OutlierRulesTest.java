package uk.assure.calibration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.assure.calibration.domain.OutlierRules.Comparisons;
import uk.assure.calibration.domain.OutlierRules.Flag;
import uk.assure.calibration.domain.OutlierRules.Kind;

class OutlierRulesTest {

  private static final Comparisons NONE = new Comparisons(0, 0, 0);

  private static List<Kind> kinds(List<Flag> flags) {
    return flags.stream().map(Flag::kind).toList();
  }

  @Test
  void aFourWhereMostComparedFiguresAreWorseThanEnglandIsFlagged() {
    assertThat(kinds(OutlierRules.flags(Optional.of(4), new Comparisons(1, 0, 2), List.of())))
        .containsExactly(Kind.HIGH_DESPITE_WORSE);
    assertThat(OutlierRules.flags(Optional.of(3), new Comparisons(0, 1, 2), List.of()).get(0))
        .isEqualTo(new Flag(Kind.HIGH_DESPITE_WORSE, List.of(3, 2, 3)));
  }

  @Test
  void exactlyHalfWorseOrATwoIsNotFlaggedAsHigh() {
    assertThat(OutlierRules.flags(Optional.of(4), new Comparisons(1, 0, 1), List.of())).isEmpty();
    assertThat(OutlierRules.flags(Optional.of(2), new Comparisons(0, 0, 3), List.of())).isEmpty();
  }

  @Test
  void aOneOrTwoWhereMostAreBetterThanEnglandIsFlagged() {
    assertThat(kinds(OutlierRules.flags(Optional.of(2), new Comparisons(3, 1, 0), List.of())))
        .containsExactly(Kind.LOW_DESPITE_BETTER);
    assertThat(OutlierRules.flags(Optional.of(3), new Comparisons(3, 0, 0), List.of())).isEmpty();
  }

  @Test
  void aScoreTwoOrMoreFromTheComparatorsMedianIsFlaggedAndOneAwayIsNot() {
    assertThat(kinds(OutlierRules.flags(Optional.of(4), NONE, List.of(2, 1, 3))))
        .containsExactly(Kind.FAR_FROM_COMPARATORS);
    assertThat(OutlierRules.flags(Optional.of(1), NONE, List.of(2, 3, 4, 4)).get(0).numbers())
        .containsExactly(1, "3.5", 4);
    assertThat(OutlierRules.flags(Optional.of(4), NONE, List.of(1, 2, 3, 4))).isEmpty();
    assertThat(OutlierRules.flags(Optional.of(4), NONE, List.of(3, 3, 2))).isEmpty();
    assertThat(OutlierRules.flags(Optional.of(1), NONE, List.of(3, 3)))
        .extracting(Flag::kind)
        .containsExactly(Kind.FAR_FROM_COMPARATORS);
  }

  @Test
  void noScoreOrNoDataRaisesNoFlag() {
    assertThat(OutlierRules.flags(Optional.empty(), new Comparisons(0, 0, 5), List.of(1, 1)))
        .isEmpty();
    assertThat(OutlierRules.flags(Optional.of(4), NONE, List.of())).isEmpty();
    assertThat(OutlierRules.median(List.of())).isEmpty();
  }
}
