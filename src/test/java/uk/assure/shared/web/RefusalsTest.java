package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;
import uk.assure.shared.domain.Refusal;

class RefusalsTest {

  static class Form {
    private String name = "";

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  @Test
  void aFieldRefusalLandsOnItsFieldWithItsArguments() {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form(), "form");

    Refusals.onto(errors, List.of(new Refusal("name", "name.tooLong", List.of(200))));

    assertThat(errors.getFieldErrors("name")).hasSize(1);
    assertThat(errors.getFieldError("name").getCode()).isEqualTo("name.tooLong");
    assertThat(errors.getFieldError("name").getArguments()).containsExactly(200);
    assertThat(errors.getGlobalErrors()).isEmpty();
  }

  @Test
  void aRefusalOfTheWholeSubmissionIsAGlobalError() {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form(), "form");

    Refusals.onto(errors, List.of(Refusal.ofWhole("form.stale", "QS2"), new Refusal("name", "x")));

    assertThat(errors.getGlobalErrors())
        .extracting(ObjectError::getCode)
        .containsExactly("form.stale");
    assertThat(errors.getGlobalError().getArguments()).containsExactly("QS2");
    assertThat(errors.getFieldErrorCount()).isEqualTo(1);
  }
}
