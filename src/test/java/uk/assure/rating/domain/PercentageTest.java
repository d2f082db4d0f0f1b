package uk.assure.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentageTest {

  @ParameterizedTest(name = "{0} of {1} is {2}%")
  @CsvSource({
    "22, 36, 62", // published: 61.1 rounds up to 62
    "25, 36, 70", // published: 69.4 rounds up to 70
    "21, 36, 59", // published: 58.3 rounds up to 59
    "27, 36, 75", // exactly 75: must not become 76
    "9, 36, 25",
    "36, 36, 100",
    "13, 36, 37",
    "14, 36, 39",
    "23, 36, 64",
    "31, 36, 87",
    "32, 36, 89",
    "10, 16, 63", // 62.5 rounds up into the good band
    "14, 16, 88", // 87.5 rounds up into the outstanding band
    "6, 16, 38",
    "1, 1, 100",
    "0, 4, 0"
  })
  void rounds_up_to_a_whole_percent(int total, int maximum, int percent) {
    assertThat(Percentage.ceilingOf(total, maximum)).isEqualTo(new Percentage(percent));
  }

  @Test
  void rounding_up_agrees_with_exact_decimal_arithmetic_for_every_small_fraction() {
    for (int maximum = 1; maximum <= 64; maximum++) {
      for (int total = 0; total <= maximum; total++) {
        int exact =
            BigDecimal.valueOf(100L * total)
                .divide(BigDecimal.valueOf(maximum), 0, RoundingMode.CEILING)
                .intValueExact();
        assertThat(Percentage.ceilingOf(total, maximum).value())
            .as("%d of %d", total, maximum)
            .isEqualTo(exact);
      }
    }
  }

  @ParameterizedTest(name = "{0} of {1} is {2} tenths")
  @CsvSource({
    "22, 36, 611",
    "25, 36, 694",
    "21, 36, 583",
    "27, 36, 750",
    "32, 36, 889",
    "2, 3, 667",
    "11, 16, 688", // 68.75 is shown as 68.8
    "1, 16, 63", // 6.25 is shown as 6.3
    "36, 36, 1000"
  })
  void gives_the_unrounded_percentage_to_one_decimal_place(int total, int maximum, int tenths) {
    assertThat(Percentage.tenthsOf(total, maximum)).isEqualTo(tenths);
  }

  @Test
  void refuses_values_outside_0_to_100() {
    assertThatThrownBy(() -> new Percentage(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Percentage(101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_a_total_that_cannot_be_out_of_the_maximum() {
    assertThatThrownBy(() -> Percentage.ceilingOf(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentage.ceilingOf(37, 36))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentage.ceilingOf(-1, 36))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentage.tenthsOf(37, 36))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
