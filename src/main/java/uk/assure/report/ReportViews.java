package uk.assure.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;
import uk.assure.framework.domain.ScoreMeaning;
import uk.assure.framework.domain.Theme;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.IndicatorEvidence;
import uk.assure.rating.RatingExplanation;
import uk.assure.rating.domain.RatingOutcome;
import uk.assure.rating.domain.RatingPolicy;
import uk.assure.rating.domain.RatingResult;
import uk.assure.rating.domain.StatementResult;
import uk.assure.report.ReportView.Fact;
import uk.assure.report.ReportView.FigureView;
import uk.assure.report.ReportView.RatingLine;
import uk.assure.report.ReportView.ScoreRow;
import uk.assure.report.ReportView.StatementView;
import uk.assure.report.ReportView.ThemeView;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.StatementNarrative;

/**
 * Gathers what a report says from where each part is kept: the council from the registry, the
 * scores and rating from the assessment and the rating rules, the expectations from the framework,
 * the findings from the narrative and the national figures linked to each statement.
 */
@Component
public class ReportViews {

  static final Locale UK = Locale.UK;

  private final AssessmentRecords assessments;
  private final CouncilRegistry councils;
  private final Framework framework;
  private final RatingPolicy policy;
  private final RatingExplanation explanation;
  private final IndicatorEvidence indicators;
  private final NarrativeRecords narratives;
  private final MessageSource messages;

  ReportViews(
      AssessmentRecords assessments,
      CouncilRegistry councils,
      Framework framework,
      RatingPolicy policy,
      RatingExplanation explanation,
      IndicatorEvidence indicators,
      NarrativeRecords narratives,
      MessageSource messages) {
    this.assessments = assessments;
    this.councils = councils;
    this.framework = framework;
    this.policy = policy;
    this.explanation = explanation;
    this.indicators = indicators;
    this.narratives = narratives;
    this.messages = messages;
  }

  /** The report's content for an assessment, if the assessment and its council exist. */
  public Optional<Composition> of(AssessmentId id) {
    Optional<Assessment> assessment = assessments.find(id);
    if (assessment.isEmpty()) {
      return Optional.empty();
    }
    Assessment a = assessment.get();
    return councils
        .find(a.council())
        .map(
            council ->
                new Composition(
                    a,
                    view(
                        a,
                        council,
                        narratives.latest(id).orElseGet(Narrative::none),
                        linkedFigures(id))));
  }

  /** The national figures linked to statements; asks for comparisons only when there are links. */
  private Map<String, List<CouncilIndicator>> linkedFigures(AssessmentId id) {
    return indicators.tally(id).isEmpty() ? Map.of() : indicators.linked(id);
  }

  /** An assessment with its report's content. */
  public record Composition(Assessment assessment, ReportView view) {}

  ReportView view(
      Assessment assessment,
      Council council,
      Narrative narrative,
      Map<String, List<CouncilIndicator>> figures) {
    RatingOutcome outcome = policy.rate(assessment.ratingRequest());
    Optional<RatingResult> result =
        outcome instanceof RatingOutcome.Rated rated
            ? Optional.of(rated.result())
            : Optional.empty();
    Map<String, Integer> scores =
        result
            .map(
                r ->
                    r.statements().stream()
                        .filter(StatementResult::assessed)
                        .collect(
                            java.util.stream.Collectors.toMap(
                                StatementResult::code, s -> s.score().orElseThrow().value())))
            .orElse(Map.of());

    List<String> incomplete =
        framework.statements().stream()
            .filter(s -> !scores.containsKey(s.code()))
            .map(s -> text("report.statement.heading", s.code(), s.name()))
            .toList();
    boolean draft = !assessment.published() || !incomplete.isEmpty();

    Optional<RatingLine> rating =
        result.map(
            r ->
                new RatingLine(
                    r.rating().code(),
                    explanation.label(r.rating()),
                    r.percentage().value(),
                    explanation.position(r),
                    r.referral()));

    List<ScoreRow> rows = new ArrayList<>();
    for (QualityStatement s : framework.statements()) {
      int score = scores.getOrDefault(s.code(), 0);
      rows.add(
          new ScoreRow(
              s.code(),
              s.name(),
              score,
              score > 0 ? framework.scoreMeaning(score).name() : text("report.notScored")));
    }

    List<ThemeView> themes = new ArrayList<>();
    for (Map.Entry<Theme, List<QualityStatement>> entry :
        framework.statementsByTheme().entrySet()) {
      List<StatementView> statements = new ArrayList<>();
      for (QualityStatement s : entry.getValue()) {
        statements.add(
            statement(
                s,
                scores.getOrDefault(s.code(), 0),
                narrative.statement(s.code()),
                figures.getOrDefault(s.code(), List.of())));
      }
      Theme theme = entry.getKey();
      themes.add(
          new ThemeView(
              theme.number(),
              text("report.theme.heading", theme.number(), theme.name()),
              statements));
    }

    String title = text("report.title", council.name());
    return new ReportView(
        title,
        council.name(),
        facts(council, narrative.context()),
        Optional.of(narrative.context().source()).filter(s -> !s.isEmpty()),
        draft,
        assessment.demo(),
        incomplete,
        rating,
        rows,
        chartAlternative(rows),
        Narrative.paragraphs(narrative.peopleExperience()),
        themes);
  }

  private StatementView statement(
      QualityStatement s, int score, StatementNarrative narrative, List<CouncilIndicator> linked) {
    String scoreLine;
    Optional<String> description = Optional.empty();
    if (score > 0) {
      ScoreMeaning meaning = framework.scoreMeaning(score);
      scoreLine = text("report.statement.score", score, meaning.name(), meaning.description());
      description = s.scoreDescription(score);
    } else {
      scoreLine = text("report.statement.notScored");
    }
    List<FigureView> figures =
        linked.stream()
            .map(
                f ->
                    new FigureView(
                        f.name(),
                        f.period(),
                        value(f.value(), f.unit()),
                        value(f.england(), f.unit()),
                        text("indicators.comparison." + comparison(f.comparison()))))
            .toList();
    return new StatementView(
        s.code(),
        text("report.statement.heading", s.code(), s.name()),
        scoreLine,
        description,
        s.we(),
        s.expectations(),
        Narrative.paragraphs(narrative.keyFindings()),
        figures,
        Narrative.paragraphs(narrative.strengths()),
        Narrative.paragraphs(narrative.areasForDevelopment()),
        narrative.isEmpty() && figures.isEmpty());
  }

  private List<Fact> facts(Council council, CouncilContext context) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(text("report.fact.type"), text("council.type." + council.type().code())));
    facts.add(new Fact(text("report.fact.region"), council.region()));
    Optional<Integer> population =
        context.population().or(() -> Optional.ofNullable(council.population()));
    population.ifPresent(
        p -> facts.add(new Fact(text("report.fact.population"), whole(p.longValue()))));
    String year = context.financialYear().orElse("");
    context
        .netBudgetPounds()
        .ifPresent(
            b ->
                facts.add(
                    new Fact(
                        text("report.fact.budget", year, year.isEmpty() ? 0 : 1),
                        text("report.pounds", whole(b)))));
    context
        .spendPerAdultPounds()
        .ifPresent(
            s ->
                facts.add(
                    new Fact(
                        text("report.fact.spendPerAdult", year, year.isEmpty() ? 0 : 1),
                        text("report.pounds", whole(s.longValue())))));
    return facts;
  }

  private String chartAlternative(List<ScoreRow> rows) {
    List<String> parts =
        rows.stream()
            .map(
                r ->
                    r.assessed()
                        ? text("report.chart.part", r.code(), r.score())
                        : text("report.chart.partNotScored", r.code()))
            .toList();
    return text("report.chart.alternative", String.join("; ", parts));
  }

  private String value(BigDecimal value, String unit) {
    if (value == null) {
      return text("report.figure.none");
    }
    String number = value.stripTrailingZeros().toPlainString();
    return "percent".equals(unit) ? text("percent", number) : number;
  }

  private static String comparison(String code) {
    return code == null ? "not_compared" : code;
  }

  private static String whole(long number) {
    return NumberFormat.getIntegerInstance(UK).format(number);
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, UK);
  }
}
