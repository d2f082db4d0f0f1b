package uk.assure.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GrowingDelayTest {

  private final GrowingDelay delay =
      new GrowingDelay(3, Duration.ofSeconds(2), Duration.ofMinutes(15));

  @Test
  void theFreeFailuresCostNoWait() {
    assertThat(delay.after(0)).isZero();
    assertThat(delay.after(3)).isZero();
  }

  @Test
  void eachFailurePastTheFreeOnesDoublesTheWaitUpToTheCap() {
    assertThat(delay.after(4)).isEqualTo(Duration.ofSeconds(2));
    assertThat(delay.after(5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(delay.after(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(delay.after(12)).isEqualTo(Duration.ofSeconds(512));
    assertThat(delay.after(13)).isEqualTo(Duration.ofMinutes(15));
    assertThat(delay.after(1_000_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theWaitLeftCountsFromTheLatestFailureAndEnds() {
    Instant latest = Instant.parse("2026-12-03T10:00:00Z");

    assertThat(delay.left(5, latest, latest.plusSeconds(1))).isEqualTo(Duration.ofSeconds(3));
    assertThat(delay.left(5, latest, latest.plusSeconds(4))).isZero();
    assertThat(delay.left(5, latest, latest.plusSeconds(60))).isZero();
    assertThat(delay.left(2, latest, latest)).isZero();
  }

  @Test
  void refusesADelayThatCouldNeverEnd() {
    assertThatThrownBy(() -> new GrowingDelay(-1, Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GrowingDelay(1, Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GrowingDelay(1, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
