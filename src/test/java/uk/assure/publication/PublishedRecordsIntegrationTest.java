package uk.assure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.FactCheckRecords;
import uk.assure.factcheck.FactualAccuracy;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.publication.domain.PublishedVersion;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingResult;
import uk.assure.report.domain.ReportSection;
import uk.assure.testing.Councils;

/**
 * What is published stays as published (the database refuses to change or remove it), and the
 * rating and percentage a published report states are always the rating rules' for its scores.
 */
@Tag("database")
@SpringBootTest
@Import(PublicationTestSupport.Config.class)
class PublishedRecordsIntegrationTest {

  private static final GssCode KINGSTON =
      new GssCode(Councils.claim(PublishedRecordsIntegrationTest.class, "E09000021"));

  @Autowired PublicationFixture publicationFixture;

  @Autowired FactCheckRecords factCheckRecords;
  @Autowired AssessmentJourney journey;
  @Autowired AssessmentRecords assessments;
  @Autowired FactualAccuracy factualAccuracy;
  @Autowired Publication publication;
  @Autowired RatingPolicy policy;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;

  /** Score sets across every band, both edges of the bands, and a statement scored 1. */
  private static final List<Integer[]> SCORE_SETS =
      List.of(
          new Integer[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
          new Integer[] {2, 1, 2, 1, 2, 1, 1, 2, 2},
          new Integer[] {2, 2, 2, 2, 2, 2, 2, 2, 2},
          new Integer[] {3, 2, 3, 2, 3, 2, 2, 3, 2},
          new Integer[] {3, 3, 3, 3, 3, 3, 3, 3, 3},
          new Integer[] {3, 3, 3, 3, 4, 4, 3, 3, 3},
          new Integer[] {4, 4, 4, 3, 4, 4, 3, 4, 4},
          new Integer[] {4, 4, 4, 4, 4, 4, 4, 4, 4},
          new Integer[] {4, 1, 4, 4, 4, 4, 4, 4, 4});

  @Test
  void thePublishedReportStatesTheRatingAndPercentageTheRatingRulesGive() {
    for (Integer[] scores : SCORE_SETS) {
      AssessmentId id = published(scores);
      RatingResult expected =
          ((RatingOutcome.Rated) policy.rate(assessments.find(id).orElseThrow().ratingRequest()))
              .result();
      PublishedVersion version = publication.version(id, 1).orElseThrow();
      String overview = version.report().section(ReportSection.OVERVIEW).orElseThrow().text();
      String label =
          messages.getMessage("rating.label." + expected.rating().code(), null, Locale.UK);

      assertThat(overview)
          .as(List.of(scores).toString())
          .contains("Rating: " + label + ", overall score " + expected.percentage().value() + "%");
      assertThat(version.report().htmlBody())
          .contains(label)
          .contains(expected.percentage().value() + "%");
    }
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveWhatWasSentOrPublished() {
    AssessmentId id = published(3, 3, 3, 3, 3, 3, 3, 3, 3);
    String hash = hash(id);

    refused("UPDATE published_reports SET html_body = 'forged' WHERE assessment_id = ?", id);
    refused(
        "UPDATE published_reports SET content_hash = repeat('0', 64) WHERE assessment_id = ?", id);
    refused("DELETE FROM published_reports WHERE assessment_id = ?", id);
    refused("UPDATE report_drafts SET html_body = 'forged' WHERE assessment_id = ?", id);
    refused("DELETE FROM report_drafts WHERE assessment_id = ?", id);
    refused("DELETE FROM factual_accuracy_submissions WHERE assessment_id = ?", id);
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE published_reports CASCADE").update())
        .isInstanceOf(DataAccessException.class);

    assertThat(hash(id)).isEqualTo(hash);
    assertThat(publication.version(id, 1).orElseThrow().report().contentHash()).isEqualTo(hash);
  }

  @Test
  void aReportPublishedAsDraftedShowsNoChangeSinceTheDraft() {
    AssessmentId id = published(3, 3, 3, 3, 3, 3, 3, 3, 3);
    var draft = factCheckRecords.latestDraft(id).orElseThrow().report();

    assertThat(draft.htmlBody()).contains("Draft: not published");
    assertThat(publication.sinceDraft(id, draft).orElseThrow().isEmpty()).isTrue();
  }

  private void refused(String sql, AssessmentId id) {
    assertThatThrownBy(() -> jdbc.sql(sql).param(id.value()).update())
        .as(sql)
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot be changed");
  }

  private String hash(AssessmentId id) {
    return jdbc.sql("SELECT content_hash FROM published_reports WHERE assessment_id = ?")
        .param(id.value())
        .query(String.class)
        .single();
  }

  private AssessmentId published(Integer... scores) {
    AssessmentId id = publicationFixture.atDraftReport(KINGSTON, scores);
    move(id, Stage.DRAFT_REPORT, Stage.FACTUAL_ACCURACY);
    var submitted =
        factualAccuracy.submit(assessments.find(id).orElseThrow(), 1, "council@example.org");
    assertThat(submitted).isInstanceOf(FactualAccuracy.Outcome.Done.class);
    move(id, Stage.FACTUAL_ACCURACY, Stage.PUBLISHED);
    return id;
  }

  private void move(AssessmentId id, Stage from, Stage to) {
    assertThat(journey.move(id, from, to, "", PublicationTestSupport.LEAD))
        .isInstanceOf(AssessmentJourney.MoveOutcome.Moved.class);
  }
}
