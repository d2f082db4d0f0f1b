package uk.assure.casetracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.casetracking.domain.CaseRecord;
import uk.assure.casetracking.domain.StratifiedSample;

/** Case lists, samples, consent and review notes as stored. */
public interface CaseRecords {

  /** A case list as uploaded. */
  record CaseList(UUID id, String fileName, int rowCount, String uploadedBy, Instant uploadedAt) {}

  /** A sample as drawn, with who drew it. */
  record Sample(UUID id, StratifiedSample.Draw draw, String drawnBy, Instant drawnAt) {}

  /** The latest consent recorded for a case. */
  record Consent(String consent, String how, String recordedBy, Instant recordedAt) {}

  void addList(AssessmentId assessment, CaseList list, List<CaseRecord> cases);

  Optional<CaseList> currentList(AssessmentId assessment);

  List<CaseRecord> cases(UUID list);

  void addSample(UUID list, Sample sample);

  Optional<Sample> currentSample(UUID list);

  void addConsent(UUID list, String reference, Consent consent);

  Map<String, Consent> consents(UUID list);

  void addNote(UUID list, CaseNote note);

  List<CaseNote> notes(UUID list);
}
