package uk.assure.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;
import uk.assure.framework.domain.EvidenceCategory;

class JudgementFormTest {

  @Test
  void aScoreOfOneToFourIsReadAndAnythingElseIsAnErrorOnTheScore() {
    JudgementForm form = new JudgementForm();
    form.setScore(" 3 ");
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "judgementForm");
    assertThat(form.score(errors)).contains(3);

    form.setScore("5");
    assertThat(form.score(errors)).isEmpty();
    assertThat(errors.getFieldError("score").getCode()).isEqualTo("workbench.problem.score");
    assertThat(form.usableScore()).isEmpty();
  }

  @Test
  void categoryScoresAreReadOnlyUnderTheEvidenceCategoryMethod() {
    JudgementForm form = new JudgementForm();
    form.setCategories(Map.of(EvidenceCategory.PROCESSES.code(), "2"));
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "judgementForm");

    assertThat(form.categoryScores(true, errors)).containsEntry(EvidenceCategory.PROCESSES, 2);
    assertThat(errors.hasErrors()).isFalse();

    assertThat(form.categoryScores(false, errors)).isEmpty();
    assertThat(errors.getGlobalErrors())
        .extracting(ObjectError::getCode)
        .containsExactly("workbench.problem.category");
  }

  @Test
  void anUnknownCategoryIsAnErrorAndLeftOutOfThePreview() {
    JudgementForm form = new JudgementForm();
    form.setCategories(Map.of("NOT_A_CATEGORY", "2"));
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "judgementForm");

    assertThat(form.categoryScores(true, errors)).isEmpty();
    assertThat(errors.getGlobalErrorCount()).isEqualTo(1);
    assertThat(form.usableCategoryScores()).isEmpty();
  }
}
