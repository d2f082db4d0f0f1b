package uk.assure.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.evidence.EvidenceItem;
import uk.assure.evidence.EvidenceSource;
import uk.assure.evidence.domain.EvidenceTally;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * Feedback staff have tagged, as evidence: each piece counts once for every statement it is tagged
 * to, under the category it was given, and shows the extract staff marked.
 */
@Component
class FeedbackEvidence implements EvidenceSource {

  private final FeedbackRecords records;

  FeedbackEvidence(FeedbackRecords records) {
    this.records = records;
  }

  @Override
  public List<EvidenceTally> tally(AssessmentId assessment) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FeedbackItem item : records.forAssessment(assessment)) {
      item.tags()
          .ifPresent(
              t ->
                  t.statements()
                      .forEach(s -> counts.merge(s + "|" + t.category().code(), 1, Integer::sum)));
    }
    List<EvidenceTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          String[] parts = key.split("\\|");
          tallies.add(
              new EvidenceTally(parts[0], EvidenceCategory.fromCode(parts[1]), "feedback", count));
        });
    return tallies;
  }

  /** Tagged feedback that informs the statement: the extract staff marked, by its reference. */
  @Override
  public List<EvidenceItem> items(AssessmentId assessment, String statement) {
    List<EvidenceItem> items = new ArrayList<>();
    for (FeedbackItem item : records.forAssessment(assessment)) {
      if (item.tags().isPresent() && item.tags().get().statements().contains(statement)) {
        FeedbackItem.Tags tags = item.tags().get();
        items.add(
            EvidenceItem.of(
                "feedback:" + item.id(),
                tags.category(),
                "feedback",
                PeoplesFeedback.reference(item.id()),
                tags.extract().isBlank() ? item.body() : tags.extract(),
                Optional.of("/staff/assessments/" + assessment + "/feedback")));
      }
    }
    return items;
  }
}
