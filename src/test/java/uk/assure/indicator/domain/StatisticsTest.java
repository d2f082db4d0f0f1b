package uk.assure.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void wilsonIntervalsMatchHandComputedValues() {
    // Computed independently from the Wilson formula with z = 1.959964.
    Interval interval = WilsonInterval.of(81, 263).orElseThrow();
    assertThat(interval.lower()).isCloseTo(25.5289, within(1e-3));
    assertThat(interval.upper()).isCloseTo(36.6210, within(1e-3));

    Interval half = WilsonInterval.of(50, 100).orElseThrow();
    assertThat(half.lower()).isCloseTo(40.3832, within(1e-3));
    assertThat(half.upper()).isCloseTo(59.6168, within(1e-3));
  }

  @Test
  void wilsonIntervalsAtTheEdges() {
    Interval none = WilsonInterval.of(0, 10).orElseThrow();
    Interval all = WilsonInterval.of(10, 10).orElseThrow();
    Interval one = WilsonInterval.of(1, 1).orElseThrow();

    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(27.7533, within(1e-3));
    assertThat(all.upper()).isEqualTo(100);
    assertThat(all.lower()).isCloseTo(72.2467, within(1e-3));
    assertThat(one.lower()).isCloseTo(20.6549, within(1e-3));
    assertThat(WilsonInterval.of(0, 0)).isEmpty();
    assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCouncilIsBetterOrWorseOnlyWhenItsIntervalExcludesEngland() {
    Optional<Interval> high = Optional.of(new Interval(84.0, 90.0));
    Optional<Double> england = Optional.of(83.7);

    assertThat(
            Comparison.withEngland(high, "95% Wilson score interval", england, "higher").outcome())
        .isEqualTo(Comparison.Outcome.BETTER);
    assertThat(
            Comparison.withEngland(high, "95% Wilson score interval", england, "lower").outcome())
        .isEqualTo(Comparison.Outcome.WORSE);
    Comparison similar =
        Comparison.withEngland(
            Optional.of(new Interval(80, 85)), "95% Wilson score interval", england, "higher");
    assertThat(similar.outcome()).isEqualTo(Comparison.Outcome.SIMILAR);
    assertThat(similar.method()).isEqualTo("95% Wilson score interval includes the England value");
    assertThat(Comparison.withEngland(Optional.empty(), "x", england, "higher").outcome())
        .isEqualTo(Comparison.Outcome.NOT_COMPARED);
    assertThat(Comparison.withEngland(high, "x", Optional.empty(), "higher").outcome())
        .isEqualTo(Comparison.Outcome.NOT_COMPARED);
    assertThat(Comparison.withEngland(high, "x", england, "neither").outcome())
        .isEqualTo(Comparison.Outcome.NOT_COMPARED);
  }

  @Test
  void aPublishedMarginOfErrorGivesTheInterval() {
    Interval survey = Interval.ofMargin(64.2, 5.3);

    assertThat(survey.lower()).isCloseTo(58.9, within(1e-9));
    assertThat(survey.upper()).isCloseTo(69.5, within(1e-9));
    assertThatThrownBy(() -> Interval.ofMargin(50, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTrendNeedsIntervalsThatDoNotOverlap() {
    Optional<Interval> before = Optional.of(new Interval(70, 74));
    Optional<Interval> after = Optional.of(new Interval(75, 79));

    assertThat(Trend.between(before, after, "higher").direction())
        .isEqualTo(Trend.Direction.IMPROVING);
    assertThat(Trend.between(before, after, "lower").direction())
        .isEqualTo(Trend.Direction.DECLINING);
    assertThat(Trend.between(before, Optional.of(new Interval(73, 77)), "higher").direction())
        .isEqualTo(Trend.Direction.STABLE);
    assertThat(Trend.between(Optional.empty(), after, "higher").direction())
        .isEqualTo(Trend.Direction.NOT_ENOUGH_DATA);
  }
}
