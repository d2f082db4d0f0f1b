package uk.assure.feedback.web;

import java.util.List;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.framework.domain.EvidenceCategory;

/**
 * A member of staff's request to tag a feedback item as evidence, read from the form: the quality
 * statements it informs, its evidence category and the extract that is the evidence; or the message
 * key saying what is wrong with it.
 */
sealed interface TagRequest {

  /** A request that can be recorded. */
  record Tag(List<String> statements, EvidenceCategory category, String extract)
      implements TagRequest {}

  /** A request that cannot, with the message key saying why. */
  record Refused(String key) implements TagRequest {}

  /**
   * Reads the form, checking the statements (against the framework's), then the category (one used
   * for councils), then the extract's length.
   */
  static TagRequest read(
      List<String> statements, String category, String extract, List<String> statementCodes) {
    List<String> chosen =
        statements == null ? List.of() : statements.stream().distinct().sorted().toList();
    if (chosen.isEmpty() || !chosen.stream().allMatch(statementCodes::contains)) {
      return new Refused("feedback.tag.statements");
    }
    if (CoverageMatrix.CATEGORIES.stream().noneMatch(c -> c.code().equals(category))) {
      return new Refused("feedback.tag.category");
    }
    if (extract.length() > FeedbackItem.MAX_BODY) {
      return new Refused("feedback.tag.extractNotInFeedback");
    }
    return new Tag(chosen, EvidenceCategory.fromCode(category), extract);
  }
}
