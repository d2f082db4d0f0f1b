package uk.assure.inforeturn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerHistoryTest {

  private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

  private static Answer link(String item, int version) {
    return new Answer(
        UUID.randomUUID(),
        item,
        version,
        AnswerKind.LINK,
        Optional.of(LocalDate.of(2025, 1, 1)),
        List.of(),
        Optional.empty(),
        Optional.of("https://example.org/" + version),
        Optional.empty(),
        "council@example.org",
        AT);
  }

  private static Answer notHeld(String item, int version) {
    return new Answer(
        UUID.randomUUID(),
        item,
        version,
        AnswerKind.NOT_HELD,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("We do not keep one"),
        "council@example.org",
        AT);
  }

  @Test
  void theCurrentAnswerIsTheHighestVersionWhateverOrderTheyCameIn() {
    AnswerHistory history =
        AnswerHistory.of(List.of(link("a", 2), link("b", 1), link("a", 3), link("a", 1)));

    assertThat(history.current("a")).map(Answer::version).contains(3);
    assertThat(history.currentVersion("a")).isEqualTo(3);
    assertThat(history.byItem().get("a")).extracting(Answer::version).containsExactly(1, 2, 3);
    assertThat(history.current()).containsOnlyKeys("a", "b");
    assertThat(history.current().get("a").version()).isEqualTo(3);
  }

  @Test
  void aRequestNeverAnsweredHasNoCurrentAnswerAndVersionNought() {
    AnswerHistory history = AnswerHistory.of(List.of(link("a", 1)));

    assertThat(history.current("b")).isEmpty();
    assertThat(history.currentVersion("b")).isZero();
    assertThat(history.answeredWithEvidence("b")).isFalse();
    assertThat(AnswerHistory.of(List.of()).byItem()).isEmpty();
  }

  @Test
  void onlyTheCurrentAnswerDecidesWhetherARequestGivesEvidence() {
    AnswerHistory laterNotHeld = AnswerHistory.of(List.of(notHeld("a", 2), link("a", 1)));
    AnswerHistory laterLink = AnswerHistory.of(List.of(link("a", 2), notHeld("a", 1)));

    assertThat(laterNotHeld.answeredWithEvidence("a")).isFalse();
    assertThat(laterLink.answeredWithEvidence("a")).isTrue();
  }
}
