package uk.assure.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void is_a_whole_number_from_1_to_4() {
    assertThat(Score.of(1).value()).isEqualTo(1);
    assertThat(Score.of(4).value()).isEqualTo(4);
    assertThat(Score.isValid(0)).isFalse();
    assertThat(Score.isValid(5)).isFalse();
    assertThatThrownBy(() -> Score.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.of(5)).isInstanceOf(IllegalArgumentException.class);
  }
}
