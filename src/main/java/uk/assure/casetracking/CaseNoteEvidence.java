package uk.assure.casetracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * Assessors' review notes on the cases of an assessment's current case list, as evidence: each note
 * counts once for every statement it is tagged to, under the category it was given.
 */
@Component
class CaseNoteEvidence implements EvidenceSource {

  private final CaseRecords records;

  CaseNoteEvidence(CaseRecords records) {
    this.records = records;
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
}
