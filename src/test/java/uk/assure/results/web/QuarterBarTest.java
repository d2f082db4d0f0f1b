package uk.assure.results.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.assure.rating.domain.Rating;
import uk.assure.results.NationalBreakdown.Quarter;

class QuarterBarTest {

  @Test
  void theBusiestQuarterFillsTheChartAndEachBarsPartsFollowOnInRatingOrder() {
    var busy =
        new Quarter(
            2025, 1, Map.of(Rating.GOOD, 5, Rating.OUTSTANDING, 1, Rating.INADEQUATE, 1), 0);
    var quiet = new Quarter(2025, 2, Map.of(Rating.REQUIRES_IMPROVEMENT, 3), 0);
    var empty = new Quarter(2025, 3, Map.of(), 0);

    var bars = NationalController.QuarterBar.of(List.of(busy, quiet, empty));

    var first = bars.get(0);
    assertThat(first.segments())
        .extracting(NationalController.QuarterBar.Segment::code)
        .containsExactly("outstanding", "good", "inadequate");
    int x = NationalController.QuarterBar.LABEL_WIDTH;
    for (var segment : first.segments()) {
      assertThat(segment.x()).isEqualTo(x);
      x += segment.width();
    }
    assertThat(first.end())
        .isEqualTo(x)
        .isEqualTo(
            NationalController.QuarterBar.LABEL_WIDTH + NationalController.QuarterBar.MAX_WIDTH);
    assertThat(bars.get(1).end() - NationalController.QuarterBar.LABEL_WIDTH)
        .isEqualTo(Math.round(NationalController.QuarterBar.MAX_WIDTH * 3 / 7f));
    assertThat(bars.get(2).segments()).isEmpty();
    assertThat(bars.get(2).y() - bars.get(1).y())
        .isEqualTo(NationalController.QuarterBar.ROW_HEIGHT);
  }
}
