package uk.assure.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.assure.casetracking.CaseNote;
import uk.assure.feedback.domain.KeywordModel;
import uk.assure.inforeturn.domain.RequestItem;

/**
 * A statement code follows the framework's rule, QS and a number from 1, everywhere a code is
 * checked: a tenth statement in a revised framework must be usable in notes, the request catalogue
 * and the keyword rules, not only in the framework file.
 */
class StatementCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"QS1", "QS9", "QS10", "QS23"})
  void codesOfTheFrameworksFormAreAccepted(String code) {
    assertThat(new StatementCode(code).value()).isEqualTo(code);
    assertThat(StatementCode.isValid(code)).isTrue();
    assertThat(QualityStatement.isCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"QS0", "qs1", "QS", "QS01", "QS1 ", "Q1", "QS-1", ""})
  void otherTextIsRefused(String code) {
    assertThat(StatementCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> new StatementCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QS followed by its number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"QS1", "QS10"})
  void everyPlaceThatChecksCodesAcceptsTheFrameworksCodes(String code) {
    assertThat(new KeywordModel.Rule(code, List.of("word")).statement()).isEqualTo(code);
    assertThat(new RequestItem("a-request", "A title", "", List.of(code), true, 1).statements())
        .containsExactly(code);
    assertThat(caseNote(code).statements()).containsExactly(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"QS0", "qs1", "QS"})
  void everyPlaceThatChecksCodesRefusesOthers(String code) {
    assertThatThrownBy(() -> new KeywordModel.Rule(code, List.of("word")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestItem("a-request", "A title", "", List.of(code), true, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> caseNote(code)).isInstanceOf(IllegalArgumentException.class);
  }

  private static CaseNote caseNote(String code) {
    return new CaseNote(
        UUID.randomUUID(),
        "case-1",
        "A note",
        EvidenceCategory.PEOPLE_EXPERIENCE,
        List.of(code),
        "assessor@example.org",
        Instant.parse("2026-01-05T10:00:00Z"));
  }
}
