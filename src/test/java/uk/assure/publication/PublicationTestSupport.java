package uk.assure.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.assure.assessment.AssessmentFixture;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.CalibrationPanel;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.council.domain.GssCode;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.JourneyRecords;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.DateKind;
import uk.assure.journey.domain.Stage;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.report.NarrativeRecords;
import uk.assure.report.ReportComposer;
import uk.assure.report.ReportUnavailable;
import uk.assure.report.domain.ComposedReport;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.ReportText;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.workbench.JudgementRecords;
import uk.assure.workbench.domain.StatementJudgement;

/**
 * What the factual accuracy and publication tests share: a clock they can move on, a composer that
 * can be told to fail for one assessment (the real one otherwise), and a way to take an assessment
 * to its draft report.
 */
public final class PublicationTestSupport {

  public static final String LEAD = "lead-assessor@example.org";

  private PublicationTestSupport() {}

  /** A clock that reads the real time plus however far a test moved it on. */
  public static final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void moveOn(Duration by) {
      offset.set(by);
    }

    public void reset() {
      offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }
  }

  /** The real composer, except for the assessments a test says cannot be rendered. */
  public static final class FailingComposer implements ReportComposer {

    private final ReportComposer real;
    private final Set<AssessmentId> failing = ConcurrentHashMap.newKeySet();

    FailingComposer(ReportComposer real) {
      this.real = real;
    }

    public void failFor(AssessmentId assessment) {
      failing.add(assessment);
    }

    public void renderAgain(AssessmentId assessment) {
      failing.remove(assessment);
    }

    @Override
    public ComposedReport compose(AssessmentId assessment) throws ReportUnavailable {
      if (failing.contains(assessment)) {
        throw new ReportUnavailable(
            "report.unavailable.pdf", List.of(), new IllegalStateException("told to fail"));
      }
      return real.compose(assessment);
    }

    @Override
    public ReportText text(AssessmentId assessment) throws ReportUnavailable {
      if (failing.contains(assessment)) {
        throw new ReportUnavailable(
            "report.unavailable.layout", List.of(), new IllegalStateException("told to fail"));
      }
      return real.text(assessment);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }

    @Bean
    @Primary
    FailingComposer failingComposer(@Qualifier("thymeleafReportComposer") ReportComposer real) {
      return new FailingComposer(real);
    }
  }

  /** The evidence the fixture's judgements cite. */
  public static final String CITED = "fixture-evidence";

  /**
   * Takes a new assessment of a council, scored as given (null leaves a statement unscored),
   * through its site visit (a working day in the past), scoring with a judgement citing evidence
   * for each scored statement, and the calibration panel's confirmation to its draft report stage:
   * everything publication needs bar the factual accuracy check.
   */
  public static AssessmentId atDraftReport(
      GssCode council,
      AssessmentScoring scoring,
      AssessmentJourney journey,
      AssessmentRecords assessments,
      CalibrationPanel panel,
      JourneyRecords records,
      JudgementRecords judgements,
      Integer... scores) {
    LocalDate visit = journey.today().minusWeeks(2);
    while (!journey.deadlines().workingDays().isWorkingDay(visit)) {
      visit = visit.minusDays(1);
    }
    AssessmentId id =
        AssessmentFixture.startAfresh(
            scoring,
            journey,
            council,
            ScoringMethod.STATEMENT_LEVEL,
            journey.today().minusWeeks(12),
            LEAD);
    // The visit was set, with due notice, before it happened: written as a record from then.
    records.addDateChange(
        id,
        new DateChange(
            DateKind.SITE_VISIT,
            visit,
            LEAD,
            Instant.now().minus(Duration.ofDays(70)),
            Optional.empty()));
    assessments.setSiteVisit(id, visit);
    Stage at = Stage.PLANNED;
    while (at != Stage.DRAFT_REPORT) {
      if (at == Stage.SCORING) {
        score(id, scoring, scores);
        judge(id, judgements, scores);
      }
      if (at == Stage.CALIBRATION) {
        int version = assessments.findEditable(id).orElseThrow().version();
        var decided =
            panel.decide(
                id, version, DecisionOutcome.CONFIRMED, Map.of(), Map.of(), "Confirmed", LEAD);
        if (!(decided instanceof CalibrationPanel.Outcome.Decided)) {
          throw new IllegalStateException("Panel decision not recorded: " + decided);
        }
      }
      Stage next = at.next().orElseThrow();
      var moved = journey.move(id, at, next, "", LEAD);
      if (!(moved instanceof AssessmentJourney.MoveOutcome.Moved)) {
        throw new IllegalStateException("Could not move to " + next + ": " + moved);
      }
      at = next;
    }
    return id;
  }

  /** Records a judgement citing evidence for each scored statement, as the workbench would. */
  private static void judge(AssessmentId id, JudgementRecords judgements, Integer... scores) {
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        String statement = "QS" + (i + 1);
        int sequence = judgements.history(id, statement).size() + 1;
        boolean added =
            judgements.add(
                id,
                new StatementJudgement(
                    statement,
                    sequence,
                    Optional.of(scores[i]),
                    Optional.empty(),
                    Optional.empty(),
                    "The evidence cited shows this standard.",
                    Optional.empty(),
                    List.of(CITED),
                    LEAD,
                    Instant.now()));
        if (!added) {
          throw new IllegalStateException("Judgement not recorded for " + statement);
        }
      }
    }
  }

  private static void score(AssessmentId id, AssessmentScoring scoring, Integer... scores) {
    Map<String, Integer> statementScores = AssessmentFixture.statementScores(scores);
    if (!statementScores.isEmpty()) {
      var outcome = scoring.revise(id, 0, statementScores, "First scores", LEAD);
      if (!(outcome instanceof AssessmentScoring.Outcome.Saved)) {
        throw new IllegalStateException("Scores not saved: " + outcome);
      }
    }
  }

  /** Saves the next version of the report's narrative with these findings. */
  public static void writeFindings(
      NarrativeRecords narratives, AssessmentId id, Map<String, String> findings) {
    Narrative latest = narratives.latest(id).orElse(Narrative.none());
    Map<String, StatementNarrative> statements = new HashMap<>(latest.statements());
    findings.forEach(
        (code, text) ->
            statements.put(code, new StatementNarrative(code, text, "", "", List.of())));
    boolean saved =
        narratives.add(
            id,
            new Narrative(
                latest.version() + 1,
                CouncilContext.NONE,
                latest.peopleExperience(),
                statements,
                Optional.of(LEAD),
                Optional.of(Instant.now())));
    if (!saved) {
      throw new IllegalStateException("Narrative not saved");
    }
  }
}
