package uk.assure.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.AssessmentScoring;
import uk.assure.assessment.EditableAssessment;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.evidence.EvidenceCoverage;
import uk.assure.evidence.EvidenceItem;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.rating.domain.ScoringMethod;
import uk.assure.shared.domain.Refusal;
import uk.assure.workbench.domain.DerivedScore;
import uk.assure.workbench.domain.JudgementRule;
import uk.assure.workbench.domain.StatementJudgement;

/**
 * The scoring workbench: one quality statement at a time, its evidence from every source and its
 * judgement (score, rationale citing the evidence, and the reason where the score departs from the
 * arithmetic or the previous draft). Scores themselves are saved through {@link
 * AssessmentScoring#revise}, so its rules (a reason for every change, optimistic locking, the
 * panel's lock) hold here too.
 *
 * <p>It is over 300 lines because saving a judgement is checked against the evidence it may cite
 * and the draft scores that this class also reads for the page; the judgement rules themselves are
 * in {@code workbench/domain}.
 */
@Service
public class ScoringWorkbench {

  /** What became of a save. */
  public sealed interface Outcome {
    record Saved(StatementJudgement judgement) implements Outcome {}

    record NothingChanged() implements Outcome {}

    /** Problems with what was sent, each a field and a message key. */
    record Refused(List<Refusal> problems) implements Outcome {}

    /** Someone else saved first. */
    record Conflict(Optional<String> changedBy, Optional<Instant> changedAt) implements Outcome {}

    record Locked() implements Outcome {}

    record NotEditable() implements Outcome {}
  }

  /**
   * What a person sends for a statement.
   *
   * @param version the assessment's version the person saw
   * @param seenSequence the judgement version the person saw, 0 for none
   * @param score the statement score; under 2023-12 empty means "as the categories give"
   * @param categories the category scores (2023-12 only)
   */
  public record Submission(
      int version,
      int seenSequence,
      Optional<Integer> score,
      Map<EvidenceCategory, Integer> categories,
      String rationale,
      String reason,
      List<String> cited,
      String editor) {

    public Submission {
      categories = Map.copyOf(categories);
      cited = List.copyOf(cited);
      rationale = rationale == null ? "" : rationale.strip();
      reason = reason == null ? "" : reason.strip();
    }
  }

  private final AssessmentRecords assessments;
  private final AssessmentScoring scoring;
  private final EvidenceCoverage evidence;
  private final JudgementRecords records;
  private final Framework framework;
  private final AuditTrail audit;
  private final Clock clock;

  ScoringWorkbench(
      AssessmentRecords assessments,
      AssessmentScoring scoring,
      EvidenceCoverage evidence,
      JudgementRecords records,
      Framework framework,
      AuditTrail audit,
      Clock clock) {
    this.assessments = assessments;
    this.scoring = scoring;
    this.evidence = evidence;
    this.records = records;
    this.framework = framework;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every piece of evidence for the statement, by category. */
  public Map<EvidenceCategory, List<EvidenceItem>> evidence(AssessmentId id, String statement) {
    return evidence.items(id, statement);
  }

  public List<StatementJudgement> history(AssessmentId id, String statement) {
    return records.history(id, statement);
  }

  /** The current judgement of each statement that has one, by statement code. */
  public Map<String, StatementJudgement> judgements(AssessmentId id) {
    return records.current(id).stream()
        .collect(Collectors.toMap(StatementJudgement::statement, j -> j, (a, b) -> a));
  }

  /** A statement's category scores as stored (2023-12 method; none under 2024-12). */
  public static Map<EvidenceCategory, Integer> categoryScores(
      Assessment assessment, String statement) {
    Map<EvidenceCategory, Integer> scores = new EnumMap<>(EvidenceCategory.class);
    assessment
        .categoryScores()
        .getOrDefault(statement, Map.of())
        .forEach((code, score) -> scores.put(EvidenceCategory.fromCode(code), score));
    return scores;
  }

  /**
   * The draft statement score as it stands: the score given (2024-12), or the score the current
   * judgement gives, else the categories' arithmetic (2023-12).
   */
  public Optional<Integer> draftScore(Assessment assessment, String statement) {
    if (assessment.method() == ScoringMethod.STATEMENT_LEVEL) {
      return Optional.ofNullable(assessment.statementScores().get(statement));
    }
    return draftScore(
        assessment,
        statement,
        records.history(assessment.id(), statement).stream().reduce((a, b) -> b));
  }

  /**
   * The same, given the statement's current judgement already read (as from {@link #judgements}),
   * for pages that show every statement.
   */
  public Optional<Integer> draftScore(
      Assessment assessment, String statement, Optional<StatementJudgement> current) {
    if (assessment.method() == ScoringMethod.STATEMENT_LEVEL) {
      return Optional.ofNullable(assessment.statementScores().get(statement));
    }
    Optional<Integer> derived =
        DerivedScore.of(categoryScores(assessment, statement)).map(d -> d.score().value());
    // A judgement counts while the category scores still give what they gave when it was made.
    return current
        .filter(j -> j.derived().equals(derived))
        .flatMap(StatementJudgement::score)
        .or(() -> derived);
  }

  /**
   * The ids of the evidence a statement's judgement may cite: all its evidence, from each source.
   */
  private Set<String> citable(AssessmentId id, String statement) {
    return evidence(id, statement).values().stream()
        .flatMap(List::stream)
        .map(EvidenceItem::id)
        .collect(Collectors.toSet());
  }

  /** Checks and records a statement's judgement, saving its scores through the scoring rules. */
  @Transactional
  public Outcome save(AssessmentId id, String statement, Submission submission) {
    assessments.hold(id);
    Optional<EditableAssessment> found = assessments.findEditable(id);
    if (found.isEmpty() || framework.statement(statement).isEmpty()) {
      return new Outcome.NotEditable();
    }
    EditableAssessment editable = found.get();
    Assessment assessment = editable.assessment();
    if (scoring.locked(id)) {
      return new Outcome.Locked();
    }
    List<StatementJudgement> history = records.history(id, statement);
    Optional<StatementJudgement> latest = history.stream().reduce((a, b) -> b);
    int latestSequence = latest.map(StatementJudgement::sequence).orElse(0);
    boolean byCategory = assessment.method() == ScoringMethod.EVIDENCE_CATEGORY;
    Optional<Integer> derived =
        byCategory
            ? DerivedScore.of(submission.categories()).map(d -> d.score().value())
            : Optional.empty();
    Optional<Integer> entered =
        byCategory ? submission.score().or(() -> derived) : submission.score();
    Optional<Integer> previous = draftScore(assessment, statement, latest);

    if (latestSequence != submission.seenSequence() || editable.version() != submission.version()) {
      Optional<String> sentReason =
          submission.reason().isEmpty() ? Optional.empty() : Optional.of(submission.reason());
      // The same judgement sent twice (a double click, a resent form) is already recorded.
      boolean sameScores =
          byCategory
              ? categoryScores(assessment, statement).equals(submission.categories())
              : Optional.ofNullable(assessment.statementScores().get(statement)).equals(entered);
      if (sameScores
          && latest
              .filter(j -> j.writtenBy().equals(submission.editor()))
              .filter(
                  j -> j.sameAs(entered, submission.rationale(), sentReason, submission.cited()))
              .isPresent()) {
        return new Outcome.NothingChanged();
      }
      if (latestSequence != submission.seenSequence()) {
        return new Outcome.Conflict(
            latest.map(StatementJudgement::writtenBy), latest.map(StatementJudgement::writtenAt));
      }
      return new Outcome.Conflict(editable.updatedBy(), editable.updatedAt());
    }
    List<Refusal> problems = new ArrayList<>();
    if (byCategory && entered.isPresent() && derived.isEmpty()) {
      problems.add(new Refusal("score", "workbench.problem.categoriesNeeded"));
    }
    if (submission.rationale().isEmpty()) {
      problems.add(new Refusal("rationale", "workbench.problem.rationale"));
    } else if (submission.rationale().length() > StatementJudgement.MAX_RATIONALE) {
      problems.add(new Refusal("rationale", "workbench.problem.rationaleTooLong"));
    }
    if (submission.reason().length() > StatementJudgement.MAX_REASON) {
      problems.add(new Refusal("reason", "workbench.problem.reasonTooLong"));
    } else if (submission.reason().isEmpty()
        && JudgementRule.reasonRequired(entered, derived, previous)) {
      problems.add(new Refusal("reason", "workbench.problem.reasonRequired"));
    }
    if (!submission.cited().isEmpty() && !citable(id, statement).containsAll(submission.cited())) {
      problems.add(new Refusal("cited", "workbench.problem.citedUnknown"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }

    Optional<String> reason =
        submission.reason().isEmpty() ? Optional.empty() : Optional.of(submission.reason());
    Map<String, Integer> scores = new LinkedHashMap<>();
    AssessmentScoring.flatten(assessment)
        .forEach(
            (item, score) -> {
              if (!item.equals(statement) && !item.startsWith(statement + "/")) {
                scores.put(item, score);
              }
            });
    if (byCategory) {
      submission
          .categories()
          .forEach((category, score) -> scores.put(statement + "/" + category.code(), score));
    } else {
      entered.ifPresent(score -> scores.put(statement, score));
    }
    AssessmentScoring.Outcome revised =
        scoring.revise(
            id,
            submission.version(),
            scores,
            reason.map(r -> statement + ": " + r).orElse(null),
            submission.editor());
    if (revised instanceof AssessmentScoring.Outcome.ReasonNeeded) {
      return new Outcome.Refused(List.of(new Refusal("reason", "workbench.problem.reasonChange")));
    }
    if (revised instanceof AssessmentScoring.Outcome.Conflict c) {
      return new Outcome.Conflict(c.changedBy(), c.changedAt());
    }
    if (revised instanceof AssessmentScoring.Outcome.Locked) {
      return new Outcome.Locked();
    }
    if (revised instanceof AssessmentScoring.Outcome.NotEditable) {
      return new Outcome.NotEditable();
    }
    if (revised instanceof AssessmentScoring.Outcome.NothingChanged
        && latest
            .filter(j -> j.sameAs(entered, submission.rationale(), reason, submission.cited()))
            .isPresent()) {
      return new Outcome.NothingChanged();
    }
    StatementJudgement judgement =
        new StatementJudgement(
            statement,
            latestSequence + 1,
            entered,
            derived,
            previous,
            submission.rationale(),
            reason,
            submission.cited(),
            submission.editor(),
            clock.instant());
    if (!records.add(id, judgement)) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new Outcome.Conflict(Optional.empty(), Optional.empty());
    }
    audit.record(
        AuditRecord.of(AuditAction.STATEMENT_JUDGED, submission.editor())
            .about("assessment", id)
            .withCouncil(assessment.council().value())
            .withDetail("statement", statement)
            .withDetail("sequence", judgement.sequence())
            .withDetail("score", entered.map(String::valueOf).orElse(""))
            .withDetail("derived", derived.map(String::valueOf).orElse(""))
            .withDetail("previous", previous.map(String::valueOf).orElse(""))
            .withDetail("departures", judgement.departures().stream().map(Enum::name).toList())
            .withDetail("reason", reason.orElse(""))
            .withDetail("cited", judgement.cited()));
    return new Outcome.Saved(judgement);
  }
}
