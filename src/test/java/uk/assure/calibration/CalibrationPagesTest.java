package uk.assure.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.ScoreEntry;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.calibration.domain.OutlierRules;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.indicator.CouncilIndicators;
import uk.assure.indicator.importing.IndicatorImports;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.results.CouncilRating;
import uk.assure.results.PublicRatings;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;
import uk.assure.testing.Councils;

/** The calibration panel: out-of-line scores flagged, decisions recorded once and locking. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CalibrationPagesTest {

  private static final String ST_HELENS = Councils.claim(CalibrationPagesTest.class, "E08000013");

  @Autowired MockMvc mvc;
  @Autowired AssessmentScoring scoring;
  @Autowired AssessmentRecords assessments;
  @Autowired JourneyRecords journeys;
  @Autowired AssessmentJourney journey;
  @Autowired CalibrationPanel panel;
  @Autowired PanelComparisons comparisons;
  @Autowired CouncilRegistry councils;
  @Autowired CouncilIndicators indicators;
  @Autowired PublicRatings ratings;
  @Autowired IndicatorImports imports;
  @Autowired uk.assure.team.TeamFixture team;
  @TempDir Path folder;

  @Test
  void outOfLineScoresAreFlaggedByTheFiguresAndTheComparatorsAndAssessorsScoresCounted()
      throws Exception {
    Council sthelens = councils.find(new GssCode(ST_HELENS)).orElseThrow();
    List<Council> group = indicators.comparatorGroup(sthelens);
    // Other tests may have published real ratings for some of the group: count them in.
    List<Integer> groupQs1 = new ArrayList<>(realQs1Scores(group));
    // Councils other test classes claim are kept out of the comparators given published scores.
    Set<String> claimedElsewhere = Councils.claimedByOthers(CalibrationPagesTest.class);
    List<Council> peers =
        group.stream()
            .filter(c -> !claimedElsewhere.contains(c.gss().value()))
            .filter(c -> realQs1Scores(List.of(c)).isEmpty())
            .limit(groupQs1.size() + 3L)
            .toList();
    assertThat(peers).hasSizeGreaterThan(groupQs1.size());
    for (Council peer : peers) {
      Councils.claim(CalibrationPagesTest.class, peer.gss().value());
      Assessment published =
          AssessmentFixture.scored(
              peer.gss().value(), LocalDate.of(2029, 12, 1), 1, 3, 3, 3, 3, 3, 3, 3, 3);
      AssessmentFixture.addAfresh(assessments, journey, published);
      assessments.publish(published.id(), LocalDate.of(2030, 1, 2));
      groupQs1.add(1);
    }
    String median = OutlierRules.formatted(OutlierRules.median(groupQs1).orElseThrow());
    // Half of St Helens' older people are still at home after reablement: worse than England.
    Path file = folder.resolve("sthelens.csv");
    Files.writeString(
        file,
        "Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            + "Disaggregation Level,Measure Type,Measure Value,Measure Group\n"
            + "342,St Helens,Local authority,E08000013,2B(1),65 and over,Numerator,500,2B\n"
            + "342,St Helens,Local authority,E08000013,2B(1),65 and over,Denominator,1000,2B\n"
            + "342,St Helens,Local authority,E08000013,2B(1),65 and over,Outcome,50.0,2B\n"
            + "E,England,National,E92000001,2B(1),65 and over,Outcome,82.9,2B\n",
        StandardCharsets.UTF_8);
    imports.importFile(IndicatorImports.Format.ASCOF, file, "s.csv", "2016-17", "test", r -> {});
    AssessmentId id = awaitingCalibration("drift-a@example.org", 4, 3, 3, 3, 3, 3, 3, 3, 3);

    String page =
        mvc.perform(get("/staff/calibration").with(user(TestUsers.withRole(Role.PANEL))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String section = page.substring(page.indexOf("data-assessment=\"" + id + "\""));
    String qs1 = section.substring(section.indexOf("data-statement=\"QS1\""));
    qs1 = qs1.substring(0, qs1.indexOf("</tr>"));
    assertThat(qs1)
        .contains("data-flag=\"FAR_FROM_COMPARATORS\"")
        .contains(
            "the comparator group&#39;s median is "
                + median
                + " (from "
                + groupQs1.size()
                + " councils)");
    String qs6 = section.substring(section.indexOf("data-statement=\"QS6\""));
    assertThat(qs6.substring(0, qs6.indexOf("</tr>")))
        .contains("data-flag=\"HIGH_DESPITE_WORSE\"")
        .contains("Scored 3, but 1 of 1 figures are worse than England");
    String qs2 = section.substring(section.indexOf("data-statement=\"QS2\""));
    assertThat(qs2.substring(0, qs2.indexOf("</tr>"))).doesNotContain("data-flag");
    assertThat(page).contains("drift-a@example.org").contains("A score 2 or more away");

    mvc.perform(get("/staff/calibration").with(user(TestUsers.ofCouncil(ST_HELENS))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/staff/calibration").with(user(TestUsers.withRole(Role.ASSESSOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aChangedDecisionIsRecordedOnceAndLocksTheScoresUntilReopened() throws Exception {
    AssessmentId id = awaitingCalibration("drift-b@example.org", 4, 4, 3, 3, 3, 3, 3, 3, 3);
    int version = assessments.findEditable(id).orElseThrow().version();

    mvc.perform(decision(id, version).param("outcome", "changed").param("scores[QS1]", "3"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(containsString("Give the reason for changing the score of QS1")));
    assertThat(panel.decision(id)).isEmpty();

    MockHttpServletRequestBuilder changed =
        decision(id, version)
            .param("outcome", "changed")
            .param("scores[QS1]", "3")
            .param("reasons[QS1]", "Waiting times are longer than the evidence first showed")
            .param("note", "Calibrated against similar councils");
    mvc.perform(changed).andExpect(status().is3xxRedirection());
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS1", 3);
    assertThat(panel.decision(id))
        .hasValueSatisfying(
            d -> {
              assertThat(d.outcome()).isEqualTo(DecisionOutcome.CHANGED);
              assertThat(d.changes())
                  .singleElement()
                  .satisfies(c -> assertThat(c.to()).isEqualTo(3));
            });

    // The same form sent twice (a double click) records nothing more and is taken as done; a
    // different decision, once one is in force, is refused.
    mvc.perform(changed).andExpect(status().is3xxRedirection());
    mvc.perform(decision(id, version).param("outcome", "confirmed"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("already recorded a decision")));
    assertThat(panel.decisions(id)).hasSize(1);

    // The scores are locked for the workbench and the scoring page alike.
    int locked = assessments.findEditable(id).orElseThrow().version();
    mvc.perform(
            post("/staff/assessments/" + id + "/statements/QS2")
                .with(user(TestUsers.withRole(Role.LEAD_ASSESSOR)))
                .with(csrf())
                .param("version", String.valueOf(locked))
                .param("sequence", "0")
                .param("score", "2")
                .param("rationale", "Lower")
                .param("reason", "Second thoughts"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("The calibration panel has decided")));
    assertThat(assessments.find(id).orElseThrow().statementScores()).containsEntry("QS2", 4);

    // Reopening to scoring sets the decision aside and the scores can change again.
    assertThat(journey.at(Stage.CALIBRATION)).contains(id);
    assertThat(
            journey.move(
                id, Stage.CALIBRATION, Stage.SCORING, "Panel asked for more evidence", "lead"))
        .isInstanceOf(AssessmentJourney.MoveOutcome.Moved.class);
    assertThat(journey.at(Stage.CALIBRATION)).doesNotContain(id);
    assertThat(journey.at(Stage.SCORING)).contains(id);
    mvc.perform(get("/staff/calibration").with(user(TestUsers.withRole(Role.PANEL))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(id.toString()))));
    assertThat(panel.decision(id)).isEmpty();
    assertThat(panel.decisions(id)).hasSize(1);
    assertThat(scoring.revise(id, locked, scoresWith(id, "QS2", 2), "More evidence", "lead"))
        .isInstanceOf(AssessmentScoring.Outcome.Saved.class);
  }

  @Test
  void aConfirmationNeedsTheCalibrationStageAndAStaleFormChangesNothing() throws Exception {
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            new GssCode(ST_HELENS),
            ScoringMethod.STATEMENT_LEVEL,
            LocalDate.of(2026, 4, 1),
            "l");
    mvc.perform(decision(id, 0).param("outcome", "confirmed"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("not at the calibration stage")));
    assertThat(panel.decision(id)).isEmpty();
    // A published assessment is past calibration: the page says so rather than "not found".
    Assessment published =
        AssessmentFixture.scored(ST_HELENS, LocalDate.of(2026, 2, 1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
    AssessmentFixture.addAfresh(assessments, journey, published);
    assessments.publish(published.id(), LocalDate.of(2026, 9, 1));
    mvc.perform(decision(published.id(), 0).param("outcome", "confirmed"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("not at the calibration stage")));
    assertThat(panel.decision(published.id())).isEmpty();

    AssessmentId other = awaitingCalibration("drift-c@example.org", 2, 2, 2, 2, 2, 2, 2, 2, 2);
    assertThat(comparisons.enteredBy(other).values())
        .hasSize(9)
        .extracting(ScoreEntry::enteredBy)
        .containsOnly("drift-c@example.org");
    mvc.perform(decision(other, "x").param("outcome", "confirmed"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The form was not sent whole")))
        .andExpect(content().string(not(containsString("Failed to convert"))));
    mvc.perform(decision(other, 0).param("outcome", "confirmed"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("The scores changed since you opened")));
    assertThat(panel.decision(other)).isEmpty();
    int version = assessments.findEditable(other).orElseThrow().version();
    for (int sent = 1; sent <= 2; sent++) {
      // The same form sent twice (a double click) is taken as the one decision it made.
      mvc.perform(decision(other, version).param("outcome", "confirmed"))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(panel.decisions(other)).hasSize(1);
    mvc.perform(
            get("/staff/calibration/" + other).with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Scores confirmed")));
  }

  private AssessmentId awaitingCalibration(String assessor, Integer... scores) {
    AssessmentId id =
        CalibrationFixture.awaitingCalibration(
            new GssCode(ST_HELENS), scoring, journey, journeys, assessor, scores);
    team.withTestAssessors(id);
    return id;
  }

  private Map<String, Integer> scoresWith(AssessmentId id, String statement, int score) {
    Map<String, Integer> scores =
        new LinkedHashMap<>(assessments.find(id).orElseThrow().statementScores());
    scores.put(statement, score);
    return scores;
  }

  private MockHttpServletRequestBuilder decision(AssessmentId id, int version) {
    return decision(id, String.valueOf(version));
  }

  private MockHttpServletRequestBuilder decision(AssessmentId id, String version) {
    MockHttpServletRequestBuilder post =
        post("/staff/calibration/" + id)
            .with(user(TestUsers.withRole(Role.PANEL)))
            .with(csrf())
            .param("version", version);
    assessments
        .find(id)
        .orElseThrow()
        .statementScores()
        .forEach(
            (statement, score) -> {
              if (!statement.equals("QS1")) {
                post.param("scores[" + statement + "]", String.valueOf(score));
              }
            });
    return post;
  }

  /** The QS1 scores of the real (not illustrative) ratings in force for these councils. */
  private List<Integer> realQs1Scores(List<Council> councils) {
    Set<String> wanted = new HashSet<>();
    councils.forEach(c -> wanted.add(c.gss().value()));
    List<Integer> scores = new ArrayList<>();
    for (CouncilRating rating : ratings.all()) {
      if (!wanted.contains(rating.council().gss().value())) {
        continue;
      }
      rating
          .latest()
          .filter(p -> !p.demo())
          .flatMap(
              p ->
                  p.result().statements().stream()
                      .filter(st -> st.code().equals("QS1"))
                      .findFirst()
                      .flatMap(st -> st.score()))
          .ifPresent(score -> scores.add(score.value()));
    }
    return scores;
  }
}
