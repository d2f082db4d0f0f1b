package uk.assure.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentStatus;
import uk.assure.journey.AssessmentJourney;
import uk.assure.testing.Councils;

/** Assessments on a real PostgreSQL: stored, published, and then immutable. */
@Tag("database")
@SpringBootTest
class AssessmentRecordsIntegrationTest {

  // Claimed, as their published records would disturb another class.
  private static final String LUTON =
      Councils.claim(AssessmentRecordsIntegrationTest.class, "E06000032");
  private static final String SLOUGH =
      Councils.claim(AssessmentRecordsIntegrationTest.class, "E06000039");

  @Autowired AssessmentRecords assessments;

  @Autowired AssessmentJourney journey;
  @Autowired JdbcClient jdbc;

  @Test
  void storesAnAssessmentWithItsScoresAndPublishesIt() {
    Assessment assessment =
        AssessmentFixture.scored(LUTON, LocalDate.of(2025, 1, 6), 3, 3, 4, 3, 4, 4, 3, 4, 4);
    AssessmentFixture.addAfresh(assessments, journey, assessment);

    assessments.publish(assessment.id(), LocalDate.of(2025, 6, 2));

    Assessment stored = assessments.find(assessment.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(AssessmentStatus.PUBLISHED);
    assertThat(stored.publishedOn()).contains(LocalDate.of(2025, 6, 2));
    assertThat(stored.statementScores()).containsEntry("QS1", 3).containsEntry("QS9", 4).hasSize(9);
    assertThat(assessments.allPublished(false))
        .extracting(Assessment::id)
        .contains(assessment.id());
  }

  @Test
  void aPublishedAssessmentAndItsScoresCannotBeChanged() {
    Assessment assessment =
        AssessmentFixture.scored(SLOUGH, LocalDate.of(2025, 2, 3), 2, 2, 2, 3, 3, 2, 2, 2, 2);
    AssessmentFixture.addAfresh(assessments, journey, assessment);
    assessments.publish(assessment.id(), LocalDate.of(2025, 7, 1));
    var id = assessment.id().value();

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE assessment_statement_scores SET score = 4 WHERE assessment_id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("published");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM assessments WHERE id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> assessments.publish(assessment.id(), LocalDate.of(2025, 8, 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(assessments.find(assessment.id()).orElseThrow().statementScores())
        .containsEntry("QS1", 2);
  }
}
