package uk.assure.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.Framework;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.CouncilIndicators;

/**
 * National performance data linked to an assessment's quality statements as evidence. A link names
 * the figure; its comparison with England is worked out afresh whenever it is shown.
 */
@Service
public class IndicatorEvidence implements EvidenceSource {

  /** What became of a request to link a figure. */
  public enum Outcome {
    LINKED,
    ALREADY_LINKED,
    UNKNOWN_FIGURE,
    UNKNOWN_STATEMENT,
    NOT_EDITABLE
  }

  private final AssessmentRepository assessments;
  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;
  private final Framework framework;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  IndicatorEvidence(
      AssessmentRepository assessments,
      CouncilRegistry councils,
      CouncilIndicators indicators,
      Framework framework,
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock) {
    this.assessments = assessments;
    this.councils = councils;
    this.indicators = indicators;
    this.framework = framework;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** National figures linked to a statement count as evidence of the council's processes. */
  @Override
  public List<EvidenceTally> tally(AssessmentId id) {
    return jdbc.sql(
            "SELECT statement_code, count(*) FROM assessment_indicator_links WHERE assessment_id = ?"
                + " GROUP BY statement_code")
        .param(id.value())
        .query(
            (row, n) ->
                new EvidenceTally(
                    row.getString(1), EvidenceCategory.PROCESSES, "national-data", row.getInt(2)))
        .list();
  }

  /**
   * The figures linked to the statement, as evidence of the council's processes, each with its
   * comparison with England and the test that decided it.
   */
  @Override
  public List<EvidenceItem> items(AssessmentId id, String statement) {
    Optional<String> council = assessments.find(id).map(a -> a.council().value());
    return linked(id).getOrDefault(statement, List.of()).stream()
        .map(
            i ->
                new EvidenceItem(
                    "indicator:" + i.key(),
                    EvidenceCategory.PROCESSES,
                    "indicator",
                    i.name() + " (" + i.disaggregation() + ", " + i.period() + ")",
                    i.value() == null ? "" : i.value().toPlainString(),
                    List.of(),
                    council.map(gss -> "/councils/" + gss + "/indicators"),
                    Optional.ofNullable(i.comparison()),
                    Optional.ofNullable(i.method())))
        .toList();
  }

  /** The council's figures that could be linked. */
  public List<CouncilIndicator> available(AssessmentId id) {
    return council(id)
        .map(c -> indicators.of(c, Optional.empty(), Optional.empty()))
        .orElse(List.of());
  }

  /** The linked figures, by statement code, with their current comparisons. */
  public Map<String, List<CouncilIndicator>> linked(AssessmentId id) {
    Map<String, CouncilIndicator> byKey =
        available(id).stream()
            .collect(Collectors.toMap(CouncilIndicator::key, i -> i, (a, b) -> a));
    return jdbc
        .sql(
            "SELECT statement_code, source || '|' || measure_code || '|' || period || '|' ||"
                + " disaggregation FROM assessment_indicator_links WHERE assessment_id = ? ORDER BY"
                + " statement_code, measure_code, period")
        .param(id.value())
        .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
        .list()
        .stream()
        .filter(link -> byKey.containsKey(link.getValue()))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                java.util.TreeMap::new,
                Collectors.mapping(link -> byKey.get(link.getValue()), Collectors.toList())));
  }

  @Transactional
  public Outcome link(AssessmentId id, String statement, String figureKey, String by) {
    if (assessments.findEditable(id).isEmpty()) {
      return Outcome.NOT_EDITABLE;
    }
    if (framework.statement(statement).isEmpty()) {
      return Outcome.UNKNOWN_STATEMENT;
    }
    Optional<CouncilIndicator> figure =
        available(id).stream().filter(i -> i.key().equals(figureKey)).findFirst();
    if (figure.isEmpty()) {
      return Outcome.UNKNOWN_FIGURE;
    }
    CouncilIndicator f = figure.get();
    int added =
        jdbc.sql(
                "INSERT INTO assessment_indicator_links (assessment_id, statement_code, source,"
                    + " measure_code, period, disaggregation, linked_by, linked_at) VALUES (?, ?, ?,"
                    + " ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                id.value(),
                statement,
                f.source(),
                f.measure(),
                f.period(),
                f.disaggregation(),
                by,
                Timestamp.from(clock.instant()))
            .update();
    if (added == 0) {
      return Outcome.ALREADY_LINKED;
    }
    audit.record(
        AuditRecord.of(AuditAction.EVIDENCE_LINKED, by)
            .about("assessment", id)
            .withDetail("statement", statement)
            .withDetail("figure", figureKey));
    return Outcome.LINKED;
  }

  private Optional<Council> council(AssessmentId id) {
    return assessments.find(id).flatMap(a -> councils.find(a.council()));
  }
}
