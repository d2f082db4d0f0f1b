package uk.assure.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparatorGroupTest {

  private static ComparatorGroup.Profile council(
      String gss, String type, String region, int population) {
    return new ComparatorGroup.Profile(gss, type, region, population, Map.of());
  }

  @Test
  void theNearestCouncilsAreOfTheSameKindAndSizeAndNeverTheCouncilItself() {
    var target = council("E09000007", "LBO", "London", 270_000);
    var candidates =
        List.of(
            target,
            council("E09000012", "LBO", "London", 280_000),
            council("E09000019", "LBO", "London", 240_000),
            council("E06000001", "UA", "North East", 93_000),
            council("E10000012", "CTY", "East of England", 1_500_000),
            council("E08000025", "MD", "West Midlands", 1_100_000));

    var group = ComparatorGroup.nearest(target, candidates, 3);

    assertThat(group)
        .extracting(ComparatorGroup.Member::gss)
        .containsExactly("E09000012", "E09000019", "E06000001");
    assertThat(group.get(0).distance()).isLessThan(group.get(2).distance());
  }

  @Test
  void extraFeaturesCountInStandardDeviations() {
    var target = new ComparatorGroup.Profile("A", "UA", "R", 100_000, Map.of("deprivation", 30.0));
    var near = new ComparatorGroup.Profile("B", "UA", "R", 100_000, Map.of("deprivation", 31.0));
    var far = new ComparatorGroup.Profile("C", "UA", "R", 100_000, Map.of("deprivation", 10.0));

    assertThat(ComparatorGroup.nearest(target, List.of(target, far, near), 2))
        .extracting(ComparatorGroup.Member::gss)
        .containsExactly("B", "C");
  }
}
