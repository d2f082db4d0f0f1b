package uk.assure.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordModelTest {

  private final KeywordModel model =
      new KeywordModel(
          "test",
          List.of(
              new KeywordModel.Rule("QS1", List.of("assess", "waited")),
              new KeywordModel.Rule("QS6", List.of("hospital", "discharge", "waited"))));

  @Test
  void suggestionsSayWhichWordsMatchedMostMatchesFirst() {
    assertThat(model.suggest("I WAITED weeks after my hospital discharge for an Assessment"))
        .containsExactly(
            new KeywordModel.Suggestion("QS6", List.of("hospital", "discharge", "waited")),
            new KeywordModel.Suggestion("QS1", List.of("assess", "waited")));
  }

  @Test
  void aWordMatchesOnlyAtTheStartOfAWord() {
    assertThat(model.suggest("They had to reassess nothing")).isEmpty();
  }
}
