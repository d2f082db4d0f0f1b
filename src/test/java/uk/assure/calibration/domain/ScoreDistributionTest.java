package uk.assure.calibration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

  @Test
  void eachPersonsScoresAreCountedAndShared() {
    List<ScoreDistribution> distributions =
        ScoreDistribution.of(
            List.of(
                Map.entry("b@x.org", 4),
                Map.entry("a@x.org", 3),
                Map.entry("b@x.org", 4),
                Map.entry("b@x.org", 1),
                Map.entry("b@x.org", 3)));
    assertThat(distributions)
        .containsExactly(
            new ScoreDistribution("a@x.org", List.of(0, 0, 1, 0)),
            new ScoreDistribution("b@x.org", List.of(1, 0, 1, 2)));
    assertThat(distributions.get(1).percent(4)).isEqualTo(50);
    assertThat(distributions.get(1).total()).isEqualTo(4);
  }
}
