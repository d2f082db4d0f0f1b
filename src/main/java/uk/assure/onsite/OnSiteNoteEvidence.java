package uk.assure.onsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.onsite.domain.Session;
import uk.assure.onsite.domain.SessionNote;

/**
 * Notes taken in the on-site visit's sessions, as evidence: each note counts once for every
 * statement it is tagged to, under the category it was given.
 */
@Component
class OnSiteNoteEvidence implements EvidenceSource {

  private final SessionRecords records;

  OnSiteNoteEvidence(SessionRecords records) {
    this.records = records;
  }

  @Override
  public List<EvidenceTally> tally(AssessmentId assessment) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SessionNote note : records.notes(assessment)) {
      note.statements()
          .forEach(s -> counts.merge(s + "|" + note.category().code(), 1, Integer::sum));
    }
    List<EvidenceTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          String[] parts = key.split("\\|");
          tallies.add(
              new EvidenceTally(parts[0], EvidenceCategory.fromCode(parts[1]), "on-site", count));
        });
    return tallies;
  }

  /** Notes from the visit's sessions that inform the statement, named by their session. */
  @Override
  public List<EvidenceItem> items(AssessmentId assessment, String statement) {
    Map<UUID, String> titles =
        records.sessions(assessment).stream()
            .collect(Collectors.toMap(Session::id, Session::title, (a, b) -> a));
    List<EvidenceItem> items = new ArrayList<>();
    for (SessionNote note : records.notes(assessment)) {
      if (note.statements().contains(statement)) {
        items.add(
            EvidenceItem.of(
                "on-site-note:" + note.id(),
                note.category(),
                "on-site-note",
                titles.getOrDefault(note.session(), ""),
                note.body(),
                Optional.of("/staff/assessments/" + assessment + "/on-site/" + note.session())));
      }
    }
    return items;
  }
}
