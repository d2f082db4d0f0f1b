package uk.assure.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightTest {

  @Test
  void marksFromTheDatabaseBecomeMatchedPartsAndEverythingElseStaysPlainText() {
    Highlight h = Highlight.parse("we review \u0002carers\u0003 <b>yearly</b> \u0002carer\u0003");
    assertThat(h.parts())
        .containsExactly(
            new Highlight.Part("we review ", false),
            new Highlight.Part("carers", true),
            new Highlight.Part(" <b>yearly</b> ", false),
            new Highlight.Part("carer", true));
  }
}
