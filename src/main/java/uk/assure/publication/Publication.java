package uk.assure.publication;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.AssessmentRecords;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.council.domain.GssCode;
import uk.assure.factcheck.PublishedChanges;
import uk.assure.factcheck.domain.ChangeLog;
import uk.assure.factcheck.domain.ReportSnapshot;
import uk.assure.journey.AssessmentJourney;
import uk.assure.journey.StageBlocked;
import uk.assure.journey.StageEntered;
import uk.assure.journey.domain.Stage;
import uk.assure.publication.domain.Amendment;
import uk.assure.publication.domain.PublishedVersion;
import uk.assure.report.ReportComposer;
import uk.assure.report.ReportUnavailable;
import uk.assure.report.domain.ReportText;
import uk.assure.results.PublishedReports;
import uk.assure.shared.domain.Refusal;

/**
 * Publishes assessments' reports as immutable, numbered, content-hashed versions. Version 1 is
 * published with the assessment itself, in the transaction of its move to published, and only when
 * every {@link PublicationCheck} passes and the report composes; an amendment adds the next version
 * with a note of what changed.
 */
@Service
public class Publication implements PublishedChanges, PublishedReports {

  /** What became of an amendment. */
  public sealed interface AmendOutcome {
    record Published(int version) implements AmendOutcome {}

    /** Refused, with why: always about the amendment's note. */
    record Refused(Refusal refusal) implements AmendOutcome {}

    /** Someone published another version since the person looked. */
    record Stale(int latest) implements AmendOutcome {}
  }

  /** The field of the amendment form that every refusal of an amendment is about. */
  private static final String NOTE = "note";

  private final List<PublicationCheck> checks;
  private final PublicationRecords records;
  private final ReportComposer composer;
  private final AssessmentRecords assessments;
  private final AssessmentJourney journey;
  private final AuditTrail audit;
  private final Clock clock;

  Publication(
      List<PublicationCheck> checks,
      PublicationRecords records,
      ReportComposer composer,
      AssessmentRecords assessments,
      AssessmentJourney journey,
      AuditTrail audit,
      Clock clock) {
    this.checks = checks.stream().sorted(Comparator.comparingInt(PublicationCheck::order)).toList();
    this.records = records;
    this.composer = composer;
    this.assessments = assessments;
    this.journey = journey;
    this.audit = audit;
    this.clock = clock;
  }

  /** One check and what it found, for the publication page. */
  public record CheckResult(String labelKey, Optional<Refusal> problem) {}

  /** Every check, in order, with its problem if it has one. */
  public List<CheckResult> checks(Assessment assessment) {
    return checks.stream().map(c -> new CheckResult(c.labelKey(), c.check(assessment))).toList();
  }

  /** Publishes version 1 of the report when the assessment is published, or stops the move. */
  @EventListener
  void onStageEntered(StageEntered event) {
    if (event.stage() == Stage.PUBLISHED) {
      publishFirst(assessments.find(event.assessment()).orElseThrow(), event.actor());
    }
  }

  private void publishFirst(Assessment assessment, String actor) {
    List<StageBlocked.Reason> problems =
        checks(assessment).stream()
            .flatMap(r -> r.problem().stream())
            .map(p -> new StageBlocked.Reason(p.key(), p.arguments()))
            .toList();
    if (!problems.isEmpty()) {
      throw new StageBlocked(problems);
    }
    assessments.hold(assessment.id());
    if (records.latestVersion(assessment.id()) != 0) {
      throw new StageBlocked(
          List.of(StageBlocked.Reason.of("publication.problem.alreadyPublished")));
    }
    ReportSnapshot report = compose(assessment.id());
    store(assessment, 1, report, actor, Optional.empty());
    audit.record(
        AuditRecord.of(AuditAction.REPORT_PUBLISHED, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("version", 1)
            .withDetail("hash", report.contentHash()));
  }

  private ReportSnapshot compose(AssessmentId assessment) {
    try {
      return ReportSnapshot.of(composer.compose(assessment));
    } catch (ReportUnavailable e) {
      throw new StageBlocked(
          List.of(
              StageBlocked.Reason.of("publication.problem.unavailable"),
              new StageBlocked.Reason(e.messageKey(), e.arguments())));
    }
  }

  /**
   * Publishes the report as it now composes as the next version of a published assessment's report,
   * with a note of what changed; the earlier versions stay as they were.
   *
   * @param seenVersion the latest version the person saw
   */
  @Transactional
  public AmendOutcome amend(Assessment assessment, int seenVersion, String note, String actor) {
    assessments.hold(assessment.id());
    int latest = records.latestVersion(assessment.id());
    if (latest == 0) {
      return new AmendOutcome.Refused(new Refusal(NOTE, "publication.amend.notPublished"));
    }
    if (latest != seenVersion) {
      return new AmendOutcome.Stale(latest);
    }
    ReportSnapshot report;
    try {
      // The note and the text are checked first: the PDF is made only for an amendment that will
      // be published.
      Optional<String> refusal =
          Amendment.refusal(
              note,
              records.version(assessment.id(), latest).orElseThrow().report(),
              composer.text(assessment.id()));
      if (refusal.isPresent()) {
        return new AmendOutcome.Refused(new Refusal(NOTE, refusal.get()));
      }
      report = ReportSnapshot.of(composer.compose(assessment.id()));
    } catch (ReportUnavailable e) {
      return new AmendOutcome.Refused(new Refusal(NOTE, e.messageKey(), e.arguments()));
    }
    store(assessment, latest + 1, report, actor, Optional.of(note.strip()));
    audit.record(
        AuditRecord.of(AuditAction.REPORT_AMENDED, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("version", latest + 1)
            .withDetail("hash", report.contentHash())
            .withDetail("note", note.strip()));
    return new AmendOutcome.Published(latest + 1);
  }

  private void store(
      Assessment assessment,
      int version,
      ReportSnapshot report,
      String actor,
      Optional<String> note) {
    records.add(
        new PublishedVersion(
            assessment.id(),
            assessment.council(),
            version,
            report,
            actor,
            clock.instant(),
            journey.today(),
            note));
  }

  public List<VersionSummary> versions(AssessmentId assessment) {
    return records.versions(assessment);
  }

  public Optional<PublishedVersion> version(AssessmentId assessment, int version) {
    return records.version(assessment, version);
  }

  /** The newest published version of an assessment's report, if it has one. */
  public Optional<VersionSummary> latestVersion(AssessmentId assessment) {
    List<VersionSummary> versions = records.versions(assessment);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public Optional<LatestReport> latest(AssessmentId assessment) {
    return latestVersion(assessment).map(v -> new LatestReport(v.version(), v.publishedOn()));
  }

  /**
   * What changed in the published report (version 1) since the draft the council checked, once the
   * assessment is published with a report.
   */
  @Override
  public Optional<ChangeLog> sinceDraft(AssessmentId assessment, ReportSnapshot draft) {
    return records
        .version(assessment, 1)
        .map(v -> ChangeLog.between(draft.sections(), v.report().sections()));
  }

  /** The assessment whose report the council most recently published, if any. */
  public Optional<AssessmentId> reportedAssessment(GssCode council) {
    return records.latestReported(council);
  }

  /**
   * The report's text as it would be published now (without making its PDF), or empty if it cannot
   * be composed.
   */
  public Optional<ReportText> preview(AssessmentId assessment) {
    try {
      return Optional.of(composer.text(assessment));
    } catch (ReportUnavailable e) {
      return Optional.empty();
    }
  }
}
