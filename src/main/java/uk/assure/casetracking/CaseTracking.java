package uk.assure.casetracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.Assessment;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.audit.AuditRecord;
import uk.assure.audit.AuditTrail;
import uk.assure.audit.domain.AuditAction;
import uk.assure.casetracking.domain.CaseListReader;
import uk.assure.casetracking.domain.CaseRecord;
import uk.assure.casetracking.domain.Coverage;
import uk.assure.casetracking.domain.StratifiedSample;
import uk.assure.document.domain.SafeFileName;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.shared.csv.CsvInput;

/**
 * Case tracking for an assessment: the council's case list, checked in full before any of it is
 * kept; the stratified sample drawn from it; consent; and assessors' review notes, which count as
 * evidence.
 */
@Service
public class CaseTracking implements EvidenceSource {

  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** What became of an uploaded case list. */
  public sealed interface UploadOutcome {
    record Taken(CaseRecords.CaseList list, CaseRecords.Sample sample) implements UploadOutcome {}

    /** The file was not taken, for the problems listed (by row and column where they have one). */
    record Refused(List<CaseListReader.Problem> problems, boolean tooManyProblems)
        implements UploadOutcome {}
  }

  /** Everything the case tracking pages show. */
  public record State(
      Optional<CaseRecords.CaseList> list,
      List<CaseRecord> cases,
      Optional<CaseRecords.Sample> sample,
      Optional<Coverage> coverage,
      boolean redrawsTheSame,
      Map<String, CaseRecords.Consent> consents,
      List<CaseNote> notes) {

    public Optional<CaseRecord> find(String reference) {
      return cases.stream().filter(c -> c.reference().equals(reference)).findFirst();
    }

    public boolean sampled(String reference) {
      return sample.map(s -> s.draw().listed().contains(reference)).orElse(false);
    }
  }

  private final CaseRecords records;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final SecureRandom seeds = new SecureRandom();

  CaseTracking(
      CaseRecords records, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  public State state(Assessment assessment) {
    Optional<CaseRecords.CaseList> list = records.currentList(assessment.id());
    if (list.isEmpty()) {
      return new State(
          list, List.of(), Optional.empty(), Optional.empty(), false, Map.of(), List.of());
    }
    UUID id = list.get().id();
    List<CaseRecord> cases = records.cases(id);
    Optional<CaseRecords.Sample> stored = records.currentSample(id);
    Optional<StratifiedSample.Draw> again =
        stored.map(
            s ->
                StratifiedSample.draw(
                    cases, s.draw().listSize(), s.draw().followSize(), s.draw().seed()));
    Optional<CaseRecords.Sample> sample =
        stored.map(
            s ->
                new CaseRecords.Sample(
                    s.id(), withStrata(s.draw(), again.get()), s.drawnBy(), s.drawnAt()));
    boolean same = stored.isPresent() && sameCases(stored.get().draw(), again.get());
    Optional<Coverage> coverage =
        sample.map(s -> Coverage.of(cases, s.draw().listed(), s.draw().followed()));
    return new State(list, cases, sample, coverage, same, records.consents(id), records.notes(id));
  }

  private static boolean sameCases(StratifiedSample.Draw a, StratifiedSample.Draw b) {
    return new HashSet<>(a.listed()).equals(new HashSet<>(b.listed()))
        && new HashSet<>(a.followed()).equals(new HashSet<>(b.followed()));
  }

  private static StratifiedSample.Draw withStrata(
      StratifiedSample.Draw stored, StratifiedSample.Draw again) {
    return new StratifiedSample.Draw(
        stored.seed(),
        stored.listSize(),
        stored.followSize(),
        again.strata(),
        stored.listed(),
        stored.followed());
  }

  /**
   * Checks a case list file in full and, only if every row is right, keeps it and draws a sample.
   */
  @Transactional
  public UploadOutcome upload(
      Assessment assessment, String fileName, InputStream content, String actor) {
    List<Map.Entry<Long, Map<String, String>>> rows = new ArrayList<>();
    Path file = null;
    try {
      file = Files.createTempFile("case-list", ".csv");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      if (Files.size(file) == 0) {
        return refused("cases.problem.empty");
      }
      try (CsvInput csv = CsvInput.open(file, 0)) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String column : CaseListReader.COLUMNS) {
          csv.column(column)
              .ifPresentOrElse(i -> columns.put(column, i), () -> missing.add(column));
        }
        if (!missing.isEmpty()) {
          return new UploadOutcome.Refused(
              missing.stream()
                  .map(c -> new CaseListReader.Problem(1, c, "", "cases.problem.column"))
                  .toList(),
              false);
        }
        for (CSVRecord record : csv.records()) {
          if (rows.size() > CaseListReader.MAX_ROWS) {
            break;
          }
          Map<String, String> cells = new HashMap<>();
          columns.forEach(
              (name, index) -> cells.put(name, index < record.size() ? record.get(index) : ""));
          rows.add(new AbstractMap.SimpleEntry<>(record.getRecordNumber() + 1, cells));
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      return refused("cases.problem.notCsv");
    } finally {
      deleteQuietly(file);
    }
    CaseListReader.Result result = CaseListReader.read(rows);
    if (!result.clean()) {
      return new UploadOutcome.Refused(result.problems(), result.tooManyProblems());
    }
    Instant now = clock.instant();
    CaseRecords.CaseList list =
        new CaseRecords.CaseList(
            UUID.randomUUID(), SafeFileName.of(fileName), result.cases().size(), actor, now);
    records.addList(assessment.id(), list, result.cases());
    audit.record(
        AuditRecord.of(AuditAction.CASE_LIST_UPLOADED, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("rows", result.cases().size())
            .withDetail("file", list.fileName()));
    CaseRecords.Sample sample =
        draw(
            assessment,
            list,
            result.cases(),
            StratifiedSample.DEFAULT_LIST,
            StratifiedSample.DEFAULT_FOLLOW,
            actor);
    return new UploadOutcome.Taken(list, sample);
  }

  /** Draws a new sample from the current list with the sizes given; earlier samples are kept. */
  @Transactional
  public Optional<CaseRecords.Sample> redraw(
      Assessment assessment, int listSize, int followSize, String actor) {
    Optional<CaseRecords.CaseList> list = records.currentList(assessment.id());
    return list.map(l -> draw(assessment, l, records.cases(l.id()), listSize, followSize, actor));
  }

  private CaseRecords.Sample draw(
      Assessment assessment,
      CaseRecords.CaseList list,
      List<CaseRecord> cases,
      int listSize,
      int followSize,
      String actor) {
    long seed = seeds.nextLong();
    StratifiedSample.Draw draw = StratifiedSample.draw(cases, listSize, followSize, seed);
    CaseRecords.Sample sample =
        new CaseRecords.Sample(UUID.randomUUID(), draw, actor, clock.instant());
    records.addSample(list.id(), sample);
    audit.record(
        AuditRecord.of(AuditAction.SAMPLE_DRAWN, actor)
            .about("assessment", assessment.id())
            .withCouncil(assessment.council().value())
            .withDetail("seed", seed)
            .withDetail("listSize", listSize)
            .withDetail("followSize", followSize));
    events.publishEvent(
        new CaseSampleDrawn(assessment.id(), assessment.council(), listSize, followSize, actor));
    return sample;
  }

  @Transactional
  public void recordConsent(
      Assessment assessment, String reference, String consent, String how, String actor) {
    CaseRecords.CaseList list = records.currentList(assessment.id()).orElseThrow();
    records.addConsent(
        list.id(), reference, new CaseRecords.Consent(consent, how, actor, clock.instant()));
    audit.record(
        AuditRecord.of(AuditAction.CASE_NOTE_ADDED, actor)
            .about("case", reference)
            .withCouncil(assessment.council().value())
            .withDetail("assessment", assessment.id().toString())
            .withDetail("consent", consent));
  }

  /** Adds an assessor's note on a case, tagged to the statements and category it informs. */
  @Transactional
  public void addNote(
      Assessment assessment,
      String reference,
      String body,
      EvidenceCategory category,
      List<String> statements,
      String actor) {
    CaseNote note =
        new CaseNote(
            UUID.randomUUID(), reference, body, category, statements, actor, clock.instant());
    CaseRecords.CaseList list = records.currentList(assessment.id()).orElseThrow();
    records.addNote(list.id(), note);
    audit.record(
        AuditRecord.of(AuditAction.CASE_NOTE_ADDED, note.writtenBy())
            .about("case", note.reference())
            .withCouncil(assessment.council().value())
            .withDetail("assessment", assessment.id().toString())
            .withDetail("category", note.category().code())
            .withDetail("statements", String.join(",", note.statements())));
  }

  @Override
  public List<EvidenceTally> tally(AssessmentId assessment) {
    Optional<CaseRecords.CaseList> list = records.currentList(assessment);
    if (list.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (CaseNote note : records.notes(list.get().id())) {
      for (String statement : note.statements()) {
        counts.merge(statement + "|" + note.category().code(), 1, Integer::sum);
      }
    }
    List<EvidenceTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          String[] parts = key.split("\\|");
          tallies.add(
              new EvidenceTally(
                  parts[0], EvidenceCategory.fromCode(parts[1]), "case-notes", count));
        });
    return tallies;
  }

  /** Review notes of the current case list that inform the statement, as case evidence. */
  @Override
  public List<EvidenceItem> items(AssessmentId assessment, String statement) {
    Optional<CaseRecords.CaseList> list = records.currentList(assessment);
    if (list.isEmpty()) {
      return List.of();
    }
    List<EvidenceItem> items = new ArrayList<>();
    for (CaseNote note : records.notes(list.get().id())) {
      if (note.statements().contains(statement)) {
        items.add(
            EvidenceItem.of(
                "case-note:" + note.id(),
                note.category(),
                "case-note",
                note.reference(),
                note.body(),
                Optional.of("/staff/assessments/" + assessment + "/cases/" + note.reference())));
      }
    }
    return items;
  }

  private static UploadOutcome refused(String key) {
    return new UploadOutcome.Refused(List.of(new CaseListReader.Problem(1, "", "", key)), false);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
