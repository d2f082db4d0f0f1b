package uk.assure.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

  @ParameterizedTest(name = "{0}% is {1}")
  @CsvSource({
    "25, INADEQUATE",
    "37, INADEQUATE",
    "38, INADEQUATE",
    "39, REQUIRES_IMPROVEMENT",
    "62, REQUIRES_IMPROVEMENT",
    "63, GOOD",
    "64, GOOD",
    "87, GOOD",
    "88, OUTSTANDING",
    "89, OUTSTANDING",
    "100, OUTSTANDING"
  })
  void puts_each_whole_percentage_in_its_published_band(int percent, Rating rating) {
    assertThat(Rating.forPercentage(new Percentage(percent))).isEqualTo(rating);
  }

  @Test
  void has_no_band_below_25_percent() {
    assertThatThrownBy(() -> Rating.forPercentage(new Percentage(24)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bands_cover_25_to_100_without_gaps_or_overlaps() {
    int expectedMinimum = 25;
    for (Rating rating : Rating.values()) {
      assertThat(rating.minimum()).as(rating.name()).isEqualTo(expectedMinimum);
      expectedMinimum = rating.maximum() + 1;
    }
    assertThat(expectedMinimum).isEqualTo(101);
  }

  @ParameterizedTest(name = "{0}% is in the {2} part of {1}")
  @CsvSource({
    "25, INADEQUATE, LOWER",
    "29, INADEQUATE, LOWER",
    "30, INADEQUATE, MIDDLE",
    "34, INADEQUATE, MIDDLE",
    "35, INADEQUATE, UPPER",
    "38, INADEQUATE, UPPER",
    "39, REQUIRES_IMPROVEMENT, LOWER",
    "46, REQUIRES_IMPROVEMENT, LOWER",
    "47, REQUIRES_IMPROVEMENT, MIDDLE",
    "54, REQUIRES_IMPROVEMENT, MIDDLE",
    "55, REQUIRES_IMPROVEMENT, UPPER",
    "62, REQUIRES_IMPROVEMENT, UPPER",
    "63, GOOD, LOWER",
    "71, GOOD, LOWER",
    "72, GOOD, MIDDLE",
    "79, GOOD, MIDDLE",
    "80, GOOD, UPPER",
    "87, GOOD, UPPER",
    "88, OUTSTANDING, LOWER",
    "92, OUTSTANDING, LOWER",
    "93, OUTSTANDING, MIDDLE",
    "96, OUTSTANDING, MIDDLE",
    "97, OUTSTANDING, UPPER",
    "100, OUTSTANDING, UPPER"
  })
  void places_a_percentage_in_a_third_of_its_band(
      int percent, Rating rating, BandPosition position) {
    assertThat(rating.positionOf(new Percentage(percent))).isEqualTo(position);
  }

  @Test
  void refuses_to_place_a_percentage_outside_the_band() {
    assertThatThrownBy(() -> Rating.GOOD.positionOf(new Percentage(88)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stands_for_the_scores_1_to_4_in_order() {
    assertThat(Rating.INADEQUATE.equivalentScore()).isEqualTo(Score.of(1));
    assertThat(Rating.REQUIRES_IMPROVEMENT.equivalentScore()).isEqualTo(Score.of(2));
    assertThat(Rating.GOOD.equivalentScore()).isEqualTo(Score.of(3));
    assertThat(Rating.OUTSTANDING.equivalentScore()).isEqualTo(Score.of(4));
  }

  @Test
  void knows_the_next_band_up_and_down() {
    assertThat(Rating.GOOD.higher()).contains(Rating.OUTSTANDING);
    assertThat(Rating.GOOD.lower()).contains(Rating.REQUIRES_IMPROVEMENT);
    assertThat(Rating.OUTSTANDING.higher()).isEmpty();
    assertThat(Rating.INADEQUATE.lower()).isEmpty();
  }

  @Test
  void reads_its_stable_code() {
    for (Rating rating : Rating.values()) {
      assertThat(Rating.fromCode(rating.code())).isEqualTo(rating);
    }
    assertThat(Rating.REQUIRES_IMPROVEMENT.code()).isEqualTo("requires_improvement");
    assertThatThrownBy(() -> Rating.fromCode("excellent"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
