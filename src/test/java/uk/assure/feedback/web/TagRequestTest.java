package uk.assure.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.assure.feedback.domain.FeedbackItem;
import uk.assure.framework.domain.EvidenceCategory;

class TagRequestTest {

  private static final List<String> STATEMENTS = List.of("QS1", "QS2", "QS3");

  @Test
  void aRequestIsReadWithItsStatementsOnceEachInOrder() {
    TagRequest read =
        TagRequest.read(List.of("QS3", "QS1", "QS3"), "PEOPLE_EXPERIENCE", "words", STATEMENTS);

    assertThat(read)
        .isEqualTo(
            new TagRequest.Tag(List.of("QS1", "QS3"), EvidenceCategory.PEOPLE_EXPERIENCE, "words"));
  }

  @Test
  void statementsAreCheckedFirstThenTheCategoryThenTheExtract() {
    String tooLong = "x".repeat(FeedbackItem.MAX_BODY + 1);

    assertThat(TagRequest.read(null, "nonsense", tooLong, STATEMENTS))
        .isEqualTo(new TagRequest.Refused("feedback.tag.statements"));
    assertThat(TagRequest.read(List.of("QS9"), "PROCESSES", "", STATEMENTS))
        .isEqualTo(new TagRequest.Refused("feedback.tag.statements"));
    assertThat(TagRequest.read(List.of("QS1"), "nonsense", tooLong, STATEMENTS))
        .isEqualTo(new TagRequest.Refused("feedback.tag.category"));
    assertThat(TagRequest.read(List.of("QS1"), "PROCESSES", tooLong, STATEMENTS))
        .isEqualTo(new TagRequest.Refused("feedback.tag.extractNotInFeedback"));
  }
}
