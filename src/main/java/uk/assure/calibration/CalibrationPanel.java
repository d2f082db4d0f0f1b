package uk.assure.calibration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRepository;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.ScoreEntry;
import uk.assure.assessment.ScoreLock;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.calibration.domain.DecisionRules;
import uk.assure.calibration.domain.OutlierRules;
import uk.assure.calibration.domain.PanelDecision;
import uk.assure.calibration.domain.ScoreDistribution;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.framework.domain.Framework;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.CouncilIndicators;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.StatementResult;
import uk.assure.results.CouncilRating;
import uk.assure.results.NationalPicture;
import uk.assure.results.PublicRatings;
import uk.assure.shared.domain.Refusal;

/**
 * The calibration panel: assessments awaiting calibration beside the national picture, their
 * councils' figures and their comparator groups, with scores that look out of line flagged; each
 * assessor's scores; and the panel's decision, which locks the scores until a lead assessor reopens
 * the assessment to scoring.
 */
@Service
public class CalibrationPanel implements ScoreLock {

  /** What became of a decision sent by the panel. */
  public sealed interface Outcome {
    record Decided(PanelDecision decision) implements Outcome {}

    /** A decision is in force already (the form was sent twice, or someone decided first). */
    record AlreadyDecided(PanelDecision decision) implements Outcome {}

    record Refused(List<Refusal> problems) implements Outcome {}

    /** The scores changed since the person opened the form. */
    record Stale() implements Outcome {}

    record NotAtCalibration() implements Outcome {}

    record NotFound() implements Outcome {}
  }

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

  private final AssessmentRepository assessments;
  private final AssessmentScoring scoring;
  private final AssessmentJourney journey;
  private final DecisionRecords records;
  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;
  private final PublicRatings ratings;
  private final RatingPolicy policy;
  private final Framework framework;
  private final AuditTrail audit;
  private final Clock clock;

  CalibrationPanel(
      AssessmentRepository assessments,
      AssessmentScoring scoring,
      AssessmentJourney journey,
      DecisionRecords records,
      CouncilRegistry councils,
      CouncilIndicators indicators,
      PublicRatings ratings,
      RatingPolicy policy,
      Framework framework,
      AuditTrail audit,
      Clock clock) {
    this.assessments = assessments;
    this.scoring = scoring;
    this.journey = journey;
    this.records = records;
    this.councils = councils;
    this.indicators = indicators;
    this.ratings = ratings;
    this.policy = policy;
    this.framework = framework;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The panel's decision in force on the assessment, if any. Publication refuses to publish an
   * assessment without one.
   */
  public Optional<PanelDecision> decision(AssessmentId assessment) {
    return records.inForce(assessment);
  }

  /** Every decision on the assessment, newest first, superseded ones included. */
  public List<PanelDecision> decisions(AssessmentId assessment) {
    return records.all(assessment);
  }

  /** Scores are locked while a panel decision is in force. */
  @Override
  public boolean locked(AssessmentId assessment) {
    return records.inForce(assessment).isPresent();
  }

  /** Whether the assessment is at the calibration stage of its journey. */
  public boolean atCalibration(Assessment assessment) {
    return journey.state(assessment).stage() == Stage.CALIBRATION;
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

  /**
   * Records the panel's decision: confirmed, or changed with a reason for every changed score
   * (changes go through {@link AssessmentScoring#revise}, so they are kept and audited like any
   * other). Then the scores are locked.
   *
   * @param version the assessment's version the panel saw
   * @param proposed every item's score as the panel wants it (used only for a change)
   */
  @Transactional
  public Outcome decide(
      AssessmentId id,
      int version,
      DecisionOutcome outcome,
      Map<String, Integer> proposed,
      Map<String, String> reasons,
      String note,
      String by) {
    assessments.hold(id);
    Optional<EditableAssessment> found = assessments.findEditable(id);
    if (found.isEmpty() || found.get().assessment().demo()) {
      // A published assessment has gone past calibration; anything else is not the panel's.
      boolean published = assessments.find(id).filter(a -> !a.demo()).isPresent();
      return published ? new Outcome.NotAtCalibration() : new Outcome.NotFound();
    }
    EditableAssessment editable = found.get();
    Optional<PanelDecision> existing = records.inForce(id);
    if (existing.isPresent()) {
      return new Outcome.AlreadyDecided(existing.get());
    }
    if (!atCalibration(editable.assessment())) {
      return new Outcome.NotAtCalibration();
    }
    if (editable.version() != version) {
      return new Outcome.Stale();
    }
    String why = note == null ? "" : note.strip();
    Map<String, Integer> current = AssessmentScoring.flatten(editable.assessment());
    DecisionRules.Checked checked = DecisionRules.check(outcome, current, proposed, reasons, why);
    if (!checked.problems().isEmpty()) {
      return new Outcome.Refused(checked.problems());
    }
    if (outcome == DecisionOutcome.CHANGED) {
      StringBuilder reason = new StringBuilder();
      checked
          .changes()
          .forEach(c -> reason.append(c.item()).append(": ").append(c.reason()).append('\n'));
      AssessmentScoring.Outcome revised =
          scoring.revise(id, version, proposed, reason.toString().strip(), by);
      if (!(revised instanceof AssessmentScoring.Outcome.Saved)) {
        return new Outcome.Stale();
      }
    }
    Instant at = clock.instant();
    PanelDecision decision =
        new PanelDecision(UUID.randomUUID(), id, outcome, why, checked.changes(), by, at);
    if (!records.add(decision)) {
      throw new IllegalStateException("A decision appeared while the assessment was held");
    }
    audit.record(
        AuditRecord.of(AuditAction.PANEL_DECIDED, by)
            .about("assessment", id)
            .withCouncil(editable.assessment().council().value())
            .withDetail("outcome", outcome.code())
            .withDetail("note", why)
            .withDetail(
                "changes",
                checked.changes().stream()
                    .map(c -> c.item() + " " + c.from() + " to " + c.to() + ": " + c.reason())
                    .toList()));
    return new Outcome.Decided(decision);
  }

  /** Reopening an assessment to scoring (or earlier) supersedes the panel's decision. */
  @EventListener
  void onStageEntered(StageEntered event) {
    if (event.stage().isBefore(Stage.CALIBRATION)
        && records.supersede(event.assessment(), event.actor(), clock.instant())) {
      audit.record(
          AuditRecord.of(AuditAction.PANEL_DECISION_SUPERSEDED, event.actor())
              .about("assessment", event.assessment())
              .withDetail("reopenedTo", event.stage().code()));
    }
  }
}
