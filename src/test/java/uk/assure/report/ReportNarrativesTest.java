package uk.assure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.journey.AssessmentJourney;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.testing.Councils;

/** Saving narratives at the same moment, and after publication. */
@Tag("database")
@SpringBootTest
class ReportNarrativesTest {

  private static final String EAST_SUSSEX = Councils.claim(ReportNarrativesTest.class, "E10000011");
  private static final String CORNWALL = Councils.claim(ReportNarrativesTest.class, "E06000052");

  @Autowired ReportNarratives narratives;

  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;

  @Test
  void twoSavesFromTheSameVersionAtOnceKeepOneAndTellTheOther() throws Exception {
    Assessment assessment = AssessmentFixture.scored(EAST_SUSSEX, LocalDate.of(2026, 6, 1), 3);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ReportNarratives.Outcome>> saves = new ArrayList<>();
      for (String words : List.of("From the first tab.", "From the second tab.")) {
        Callable<ReportNarratives.Outcome> save =
            () -> {
              start.await();
              return narratives.save(
                  assessment, 0, CouncilContext.NONE, words, Map.of(), "a@example.org", false);
            };
        saves.add(pool.submit(save));
      }
      start.countDown();
      List<ReportNarratives.Outcome> outcomes = new ArrayList<>();
      for (Future<ReportNarratives.Outcome> save : saves) {
        outcomes.add(save.get());
      }
      assertThat(outcomes).filteredOn(o -> o instanceof ReportNarratives.Outcome.Saved).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> o instanceof ReportNarratives.Outcome.Conflict)
          .hasSize(1);
    } finally {
      pool.shutdown();
    }
    assertThat(narratives.current(assessment.id()).version()).isEqualTo(1);
    assertThat(narratives.versions(assessment.id())).hasSize(1);
  }

  @Test
  void topicsAreCountedAcrossTheLatestNarrativesOfManyAssessments() {
    Assessment first = AssessmentFixture.scored(EAST_SUSSEX, LocalDate.of(2026, 6, 1), 3);
    // A council has one open assessment at a time, so the second is of another council.
    Assessment second = AssessmentFixture.scored(CORNWALL, LocalDate.of(2026, 6, 2), 3);
    AssessmentFixture.addAfresh(assessments, journey, first);
    AssessmentFixture.addAfresh(assessments, journey, second);
    save(first, 0, Map.of("QS1", tagged("QS1", "carers", "workforce")));
    save(first, 1, Map.of("QS1", tagged("QS1", "carers"), "QS4", tagged("QS4", "market")));
    save(second, 0, Map.of("QS2", tagged("QS2", "carers"), "QS7", tagged("QS7", "workforce")));

    assertThat(narratives.tagCounts(List.of(first.id(), second.id())))
        .containsExactly(Map.entry("carers", 2), Map.entry("market", 1), Map.entry("workforce", 1));
    assertThat(narratives.tagCounts(List.of(first.id())))
        .containsExactly(Map.entry("carers", 1), Map.entry("market", 1));
    assertThat(narratives.tagCounts(List.of())).isEmpty();
  }

  private void save(Assessment assessment, int base, Map<String, StatementNarrative> statements) {
    assertThat(
            narratives.save(
                assessment, base, CouncilContext.NONE, "", statements, "a@example.org", false))
        .isInstanceOf(ReportNarratives.Outcome.Saved.class);
  }

  private static StatementNarrative tagged(String code, String... tags) {
    return new StatementNarrative(code, "Findings.", "", "", List.of(tags));
  }

  @Test
  void aPublishedAssessmentsNarrativeChangesOnlyForAnAmendment() {
    Assessment assessment =
        AssessmentFixture.scored(EAST_SUSSEX, LocalDate.of(2026, 6, 1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    assessments.publish(assessment.id(), LocalDate.of(2026, 9, 1));
    Assessment published = assessments.find(assessment.id()).orElseThrow();

    assertThat(
            narratives.save(
                published, 0, CouncilContext.NONE, "Too late.", Map.of(), "a@example.org", false))
        .isInstanceOf(ReportNarratives.Outcome.NotEditable.class);
    assertThat(narratives.current(assessment.id()).version()).isZero();
  }
}
