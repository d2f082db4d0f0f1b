package uk.assure.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void eachFailureDoublesTheWaitFromAMinute() {
    assertThat(RetrySchedule.waitAfter(1)).contains(Duration.ofMinutes(1));
    assertThat(RetrySchedule.waitAfter(2)).contains(Duration.ofMinutes(2));
    assertThat(RetrySchedule.waitAfter(3)).contains(Duration.ofMinutes(4));
    assertThat(RetrySchedule.waitAfter(8)).contains(Duration.ofMinutes(128));
  }

  @Test
  void theWaitStopsGrowingAtSixHoursAndTheMessageIsGivenUpAtTheLastAttempt() {
    assertThat(RetrySchedule.waitAfter(10)).contains(Duration.ofHours(6));
    assertThat(RetrySchedule.waitAfter(RetrySchedule.MAX_ATTEMPTS - 1))
        .contains(Duration.ofHours(6));
    assertThat(RetrySchedule.waitAfter(RetrySchedule.MAX_ATTEMPTS)).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> RetrySchedule.waitAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
