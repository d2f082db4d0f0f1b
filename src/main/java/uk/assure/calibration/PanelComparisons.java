package uk.assure.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.ScoreEntry;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.domain.OutlierRules;
import uk.assure.calibration.domain.PanelDecision;
import uk.assure.calibration.domain.ScoreDistribution;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.framework.domain.Framework;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.CouncilIndicators;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.StatementResult;
import uk.assure.results.CouncilRating;
import uk.assure.results.NationalPicture;
import uk.assure.results.PublicRatings;

/**
 * What the calibration panel reads before it decides: assessments awaiting calibration beside the
 * national picture, their councils' figures and their comparator groups, with scores that look out
 * of line flagged; how many of each score each person entered; and who entered each score. It
 * changes nothing; the decision is {@link CalibrationPanel}'s.
 */
@Service
public class PanelComparisons {

  /** One statement of an assessment awaiting calibration, with what it is compared against. */
  public record StatementRow(
      String code,
      Optional<Integer> score,
      NationalPicture.StatementSpread national,
      OutlierRules.Comparisons comparisons,
      Optional<String> comparatorMedian,
      int comparatorsScored,
      List<OutlierRules.Flag> flags) {}

  /** An assessment awaiting calibration. */
  public record Awaiting(
      Assessment assessment,
      Council council,
      List<StatementRow> statements,
      Optional<PanelDecision> decision) {

    public long flagCount() {
      return statements.stream().mapToLong(s -> s.flags().size()).sum();
    }
  }

  private final AssessmentRecords assessments;
  private final AssessmentJourney journey;
  private final DecisionRecords records;
  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;
  private final PublicRatings ratings;
  private final RatingPolicy policy;
  private final Framework framework;

  PanelComparisons(
      AssessmentRecords assessments,
      AssessmentJourney journey,
      DecisionRecords records,
      CouncilRegistry councils,
      CouncilIndicators indicators,
      PublicRatings ratings,
      RatingPolicy policy,
      Framework framework) {
    this.assessments = assessments;
    this.journey = journey;
    this.records = records;
    this.councils = councils;
    this.indicators = indicators;
    this.ratings = ratings;
    this.policy = policy;
    this.framework = framework;
  }

  /** Every real assessment at the calibration stage, with its statements compared and flagged. */
  public List<Awaiting> awaiting() {
    List<CouncilRating> all = ratings.allReal();
    NationalPicture national = NationalPicture.of(all, framework.statementCodes());
    Set<AssessmentId> atCalibration = journey.at(Stage.CALIBRATION);
    List<Awaiting> awaiting = new ArrayList<>();
    for (EditableAssessment editable : assessments.inProgress()) {
      Assessment assessment = editable.assessment();
      if (assessment.demo() || !atCalibration.contains(assessment.id())) {
        continue;
      }
      awaiting.add(compare(assessment, national, all));
    }
    return awaiting;
  }

  /** One assessment's statements compared and flagged, whatever its stage. */
  public Awaiting compare(Assessment assessment) {
    List<CouncilRating> all = ratings.allReal();
    return compare(assessment, NationalPicture.of(all, framework.statementCodes()), all);
  }

  private Awaiting compare(
      Assessment assessment, NationalPicture national, List<CouncilRating> all) {
    Council council = councils.find(assessment.council()).orElseThrow();
    Map<String, OutlierRules.Comparisons> comparisons = comparisons(council);
    Set<String> group = new HashSet<>();
    indicators.comparatorGroup(council).forEach(c -> group.add(c.gss().value()));
    Map<String, List<Integer>> comparatorScores = new LinkedHashMap<>();
    for (CouncilRating rating : all) {
      if (!group.contains(rating.council().gss().value())) {
        continue;
      }
      rating
          .latest()
          .filter(p -> !p.demo())
          .ifPresent(
              p ->
                  p.result()
                      .statements()
                      .forEach(
                          s ->
                              s.score()
                                  .ifPresent(
                                      score ->
                                          comparatorScores
                                              .computeIfAbsent(s.code(), k -> new ArrayList<>())
                                              .add(score.value()))));
    }
    Map<String, Integer> scores = statementScores(assessment);
    List<StatementRow> rows = new ArrayList<>();
    for (NationalPicture.StatementSpread spread : national.statements()) {
      String code = spread.code();
      Optional<Integer> score = Optional.ofNullable(scores.get(code));
      OutlierRules.Comparisons compared =
          comparisons.getOrDefault(code, new OutlierRules.Comparisons(0, 0, 0));
      List<Integer> peers = comparatorScores.getOrDefault(code, List.of());
      rows.add(
          new StatementRow(
              code,
              score,
              spread,
              compared,
              OutlierRules.median(peers).map(OutlierRules::formatted),
              peers.size(),
              OutlierRules.flags(score, compared, peers)));
    }
    return new Awaiting(assessment, council, rows, records.inForce(assessment.id()));
  }

  /** The statement scores the assessment's scores give, under its method. */
  public Map<String, Integer> statementScores(Assessment assessment) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    if (policy.rate(assessment.ratingRequest()) instanceof RatingOutcome.Rated rated) {
      for (StatementResult statement : rated.result().statements()) {
        statement.score().ifPresent(s -> scores.put(statement.code(), s.value()));
      }
    }
    return scores;
  }

  /**
   * The council's newest figure of each series, counted per statement it informs by its comparison
   * with England.
   */
  private Map<String, OutlierRules.Comparisons> comparisons(Council council) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (CouncilIndicator figure : indicators.of(council, Optional.empty(), Optional.empty())) {
      String series = figure.source() + "|" + figure.measure() + "|" + figure.disaggregation();
      if (!seen.add(series)) {
        continue;
      }
      int at =
          switch (String.valueOf(figure.comparison())) {
            case "better" -> 0;
            case "similar" -> 1;
            case "worse" -> 2;
            default -> -1;
          };
      if (at < 0) {
        continue;
      }
      for (String statement : figure.statements()) {
        counts.computeIfAbsent(statement, s -> new int[3])[at]++;
      }
    }
    Map<String, OutlierRules.Comparisons> result = new LinkedHashMap<>();
    counts.forEach((s, c) -> result.put(s, new OutlierRules.Comparisons(c[0], c[1], c[2])));
    return result;
  }

  /** How many of each score each person entered, across every real assessment. */
  public List<ScoreDistribution> distributions() {
    return ScoreDistribution.of(
        assessments.entriesInForce().stream()
            .map(e -> Map.entry(e.enteredBy(), e.score()))
            .toList());
  }

  /** Who entered each score in force of the assessment, by item. */
  public Map<String, ScoreEntry> enteredBy(AssessmentId assessment) {
    Map<String, ScoreEntry> byItem = new LinkedHashMap<>();
    assessments.entriesInForce(assessment).forEach(e -> byItem.put(e.item(), e));
    return byItem;
  }
}
