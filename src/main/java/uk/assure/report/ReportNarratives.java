package uk.assure.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.StatementNarrative;
import uk.assure.report.domain.TopicTags;

/**
 * The assessors' narrative for reports: each save a new version with who and when, refused if
 * someone else saved since the form was opened, and recorded in the audit trail. Also counts the
 * topics findings are tagged with, for the national picture.
 */
@Service
public class ReportNarratives {

  /** What became of a save. */
  public sealed interface Outcome {
    record Saved(int version) implements Outcome {}

    /** The text is the same as the latest version, so no version was added. */
    record NothingChanged(int version) implements Outcome {}

    /** Someone saved a newer version since the form was opened. */
    record Conflict(Narrative latest) implements Outcome {}

    /**
     * The assessment is published: only a lead assessor changes its narrative now, to publish an
     * amended version.
     */
    record NotEditable() implements Outcome {}
  }

  private final NarrativeRecords narratives;
  private final AuditTrail audit;
  private final Clock clock;
  private final TopicTags topics;

  ReportNarratives(NarrativeRecords narratives, AuditTrail audit, Clock clock) {
    this.narratives = narratives;
    this.audit = audit;
    this.clock = clock;
    this.topics = readTopics();
  }

  /** The fixed list of topics findings can be tagged with. */
  public TopicTags topics() {
    return topics;
  }

  /** Who saved each version of an assessment's narrative and when, newest first. */
  public java.util.List<NarrativeRecords.SavedVersion> versions(AssessmentId assessment) {
    return narratives.versions(assessment);
  }

  /** The latest version, or version 0 with nothing written. */
  public Narrative current(AssessmentId assessment) {
    return narratives.latest(assessment).orElseGet(Narrative::none);
  }

  /**
   * Saves new content over version {@code base}. A save identical to the latest version (a form
   * sent twice) adds nothing and is not a conflict. Once the assessment is published its narrative
   * changes only for an amendment ({@code forAmendment}, which lead assessors may make): the public
   * keeps reading the published versions until an amended one is published.
   */
  @Transactional
  public Outcome save(
      Assessment assessment,
      int base,
      CouncilContext context,
      String peopleExperience,
      Map<String, StatementNarrative> statements,
      String by,
      boolean forAmendment) {
    if (assessment.published() && !forAmendment) {
      return new Outcome.NotEditable();
    }
    Narrative latest = current(assessment.id());
    Instant now = clock.instant();
    Narrative proposed = latest.next(context, peopleExperience, statements, by, now);
    if (proposed.sameContentAs(latest)) {
      return new Outcome.NothingChanged(latest.version());
    }
    if (latest.version() != base || !narratives.add(assessment.id(), proposed)) {
      return new Outcome.Conflict(current(assessment.id()));
    }
    audit.record(
        AuditRecord.of(AuditAction.REPORT_NARRATIVE_SAVED, by)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("version", proposed.version())
            .withDetail("statements", String.join(",", proposed.changedStatements(latest)))
            .withDetail(
                "contextChanged",
                String.valueOf(
                    !proposed.context().equals(latest.context())
                        || !proposed.peopleExperience().equals(latest.peopleExperience()))));
    return new Outcome.Saved(proposed.version());
  }

  /**
   * How many statements raise each topic across the narratives of many assessments (for example
   * each council's latest published one), most raised first, in one query. For an assessment with a
   * published report this is the narrative as that report published it: changes saved since, which
   * reach the public only through an amendment, are not counted until it is published.
   */
  public Map<String, Integer> tagCounts(java.util.Collection<AssessmentId> assessments) {
    return narratives.tagCounts(assessments);
  }

  private static TopicTags readTopics() {
    Map<String, String> labels = new LinkedHashMap<>();
    try (InputStream in = ReportNarratives.class.getResourceAsStream("/report/topic-tags.csv")) {
      if (in == null) {
        throw new IllegalStateException("report/topic-tags.csv is missing");
      }
      for (CSVRecord row :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        labels.put(row.get("code").strip(), row.get("label").strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TopicTags(labels);
  }

  /** Keeps {@link Optional} out of callers that only want the label. */
  public String topicLabel(String code) {
    return topics.label(code).orElse(code);
  }
}
