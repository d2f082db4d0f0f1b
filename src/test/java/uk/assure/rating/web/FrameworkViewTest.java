package uk.assure.rating.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.assure.framework.FrameworkFile;
import uk.assure.rating.domain.PublishedRatingRules;
import uk.assure.rating.web.FrameworkView.Calculation;

class FrameworkViewTest {

  private final FrameworkView view =
      FrameworkView.of(FrameworkFile.bundled(PublishedRatingRules.RULES));

  @Test
  void theFullExampleScores32Of36WhichRoundsUpTo89AndIsOutstanding() {
    Calculation sum = view.statementExample().calculation();

    assertThat(view.statementExample().rows())
        .extracting(FrameworkView.ExampleRow::score)
        .containsExactly(3, 3, 4, 3, 4, 4, 3, 4, 4);
    assertThat(sum.total()).isEqualTo(32);
    assertThat(sum.maximum()).isEqualTo(36);
    assertThat(sum.exact()).isEqualTo("88.9");
    assertThat(sum.rounded()).isEqualTo(89);
    assertThat(sum.band().rating()).isEqualTo("outstanding");
  }

  @Test
  void theCategoryExampleRoundsUp62Point5To63AndScores3() {
    Calculation sum = view.categoryExample().calculation();

    assertThat(sum.total()).isEqualTo(10);
    assertThat(sum.maximum()).isEqualTo(16);
    assertThat(sum.exact()).isEqualTo("62.5");
    assertThat(sum.rounded()).isEqualTo(63);
    assertThat(sum.band().rating()).isEqualTo("good");
    assertThat(view.categoryExample().score().score()).isEqualTo(3);
    assertThat(view.categoryExample().rows()).hasSize(4);
  }

  @Test
  void thePartialExampleCountsOnlyTheAssessedStatements() {
    Calculation sum = view.partialExample();

    assertThat(sum.count()).isEqualTo(3);
    assertThat(sum.maximum()).isEqualTo(12);
    assertThat(sum.rounded()).isEqualTo(67);
  }

  @Test
  void theMethodInUseComesFirst() {
    assertThat(view.methods())
        .extracting(m -> m.method().code(), FrameworkView.MethodSection::statementLevel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-12", true),
            org.assertj.core.groups.Tuple.tuple("2023-12", false));
    assertThat(view.methods().get(0).from()).isEqualTo("December 2024");
    assertThat(view.methods().get(1).until()).isEqualTo("November 2024");
  }
}
