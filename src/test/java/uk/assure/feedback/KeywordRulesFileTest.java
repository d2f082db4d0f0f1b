package uk.assure.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import uk.assure.feedback.domain.KeywordModel;

class KeywordRulesFileTest {

  @Test
  void theShippedRulesSuggestStatements() {
    KeywordModel model = new KeywordRules().keywordModel();

    assertThat(model.version()).isEqualTo("2026-11");
    assertThat(model.suggest("I waited months for my assessment"))
        .extracting(KeywordModel.Suggestion::statement)
        .startsWith("QS1");
  }

  @Test
  void aRuleForATenthStatementIsRead() {
    KeywordModel model =
        KeywordRules.read(
            new StringReader("version: t\nrules:\n  - {statement: QS10, words: [tenth]}\n"),
            "test.yaml");

    assertThat(model.rules()).extracting(KeywordModel.Rule::statement).containsExactly("QS10");
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    String text =
        "version: t\n"
            + "rules:\n"
            + "  - statement: QS0\n"
            + "    words: [a]\n"
            + "  - statement: QS2\n"
            + "    word: [b]\n";

    assertThatThrownBy(() -> KeywordRules.read(new StringReader(text), "test.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The keyword rules test.yaml cannot be used:")
        .hasMessageContaining(
            "line 3: rule 1 (QS0): 'statement' must be a statement code, like QS1, not 'QS0'")
        .hasMessageContaining("line 5: rule 2 (QS2): 'words' is missing")
        .hasMessageContaining(
            "line 6: rule 2 (QS2): unknown field 'word'; the fields here are statement, words");
  }
}
