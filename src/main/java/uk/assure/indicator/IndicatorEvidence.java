package uk.assure.indicator;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRecords;
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

  private final AssessmentRecords assessments;
  private final CouncilRegistry councils;
  private final CouncilIndicators indicators;
  private final Framework framework;
  private final IndicatorLinkRecords links;
  private final AuditTrail audit;
  private final Clock clock;

  IndicatorEvidence(
      AssessmentRecords assessments,
      CouncilRegistry councils,
      CouncilIndicators indicators,
      Framework framework,
      IndicatorLinkRecords links,
      AuditTrail audit,
      Clock clock) {
    this.assessments = assessments;
    this.councils = councils;
    this.indicators = indicators;
    this.framework = framework;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
  }

  /** National figures linked to a statement count as evidence of the council's processes. */
  @Override
  public List<EvidenceTally> tally(AssessmentId id) {
    return links.countsByStatement(id).entrySet().stream()
        .map(
            count ->
                new EvidenceTally(
                    count.getKey(), EvidenceCategory.PROCESSES, "national-data", count.getValue()))
        .toList();
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
    return links.links(id).stream()
        .filter(link -> byKey.containsKey(link.figureKey()))
        .collect(
            Collectors.groupingBy(
                IndicatorLinkRecords.Link::statement,
                java.util.TreeMap::new,
                Collectors.mapping(link -> byKey.get(link.figureKey()), Collectors.toList())));
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
    if (!links.add(id, statement, f, by, clock.instant())) {
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
