package uk.assure.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreRevisionTest {

  @Test
  void givingScoresForTheFirstTimeNeedsNoReason() {
    ScoreRevision revision = new ScoreRevision(Map.of(), Map.of("QS1", 3, "QS2", 2));

    assertThat(revision.changes())
        .containsExactly(
            new ScoreRevision.Change("QS1", null, 3), new ScoreRevision.Change("QS2", null, 2));
    assertThat(revision.needsReason()).isFalse();
  }

  @Test
  void changingOrRemovingARecordedScoreNeedsAReason() {
    assertThat(new ScoreRevision(Map.of("QS1", 3), Map.of("QS1", 4)).needsReason()).isTrue();
    assertThat(new ScoreRevision(Map.of("QS1", 3), Map.of()).needsReason()).isTrue();
    assertThat(new ScoreRevision(Map.of("QS1", 3), Map.of("QS1", 3, "QS2", 1)).needsReason())
        .isFalse();
  }

  @Test
  void theSameScoresChangeNothing() {
    ScoreRevision revision =
        new ScoreRevision(Map.of("QS1/PROCESSES", 2), Map.of("QS1/PROCESSES", 2));

    assertThat(revision.changesAnything()).isFalse();
    assertThat(revision.changes()).isEmpty();
  }
}
