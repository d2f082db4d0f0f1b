package uk.assure.inforeturn.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.assure.evidence.web.EvidenceNoteForm;

/** The forms that take statement codes check them by the framework's rule (QS10 included). */
class StatementCodeFormsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"QS1", "QS9", "QS10"})
  void theFrameworksCodesAreAccepted(String code) {
    assertThat(requestItemProblems(code)).isEmpty();
    assertThat(evidenceNoteProblems(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"QS0", "qs1", "QS"})
  void otherTextIsRefused(String code) {
    assertThat(requestItemProblems(code)).isNotEmpty();
    assertThat(evidenceNoteProblems(code)).isNotEmpty();
  }

  private static List<?> requestItemProblems(String code) {
    return List.copyOf(VALIDATOR.validateValue(RequestItemForm.class, "statements", List.of(code)));
  }

  private static List<?> evidenceNoteProblems(String code) {
    return List.copyOf(
        VALIDATOR.validateValue(EvidenceNoteForm.class, "statements", List.of(code)));
  }
}
