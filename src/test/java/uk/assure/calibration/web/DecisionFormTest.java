package uk.assure.calibration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;

class DecisionFormTest {

  @Test
  void proposedScoresLeaveOutBlanksAndRefuseUnknownItemsAndScores() {
    DecisionForm form = new DecisionForm();
    Map<String, String> scores = new LinkedHashMap<>();
    scores.put("QS1", " 2 ");
    scores.put("QS2", "");
    scores.put("QS3", "7");
    scores.put("QS9", "3");
    form.setScores(scores);
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "decisionForm");

    assertThat(form.proposedScores(List.of("QS1", "QS2", "QS3"), errors))
        .containsExactly(Map.entry("QS1", 2));
    assertThat(errors.getGlobalErrors())
        .extracting(ObjectError::getCode)
        .containsExactly("calibration.problem.score", "calibration.problem.score");
  }
}
