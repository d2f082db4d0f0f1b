package uk.assure.calibration.web;

import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/** The panel's decision as posted, with the assessment version it was based on. */
class DecisionForm {

  private int version;
  private String outcome = "";
  private Map<String, String> scores = new HashMap<>();
  private Map<String, String> reasons = new HashMap<>();

  @Size(max = 4000, message = "{calibration.problem.noteTooLong}")
  private String note = "";

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome == null ? "" : outcome.strip();
  }

  public Map<String, String> getScores() {
    return scores;
  }

  public void setScores(Map<String, String> scores) {
    this.scores = scores == null ? new HashMap<>() : scores;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public void setReasons(Map<String, String> reasons) {
    this.reasons = reasons == null ? new HashMap<>() : reasons;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note.strip();
  }

  /**
   * The scores proposed, by item key, leaving out items left blank; a score for an item not on the
   * page, or other than 1 to 4, is an error on the whole form.
   */
  Map<String, Integer> proposedScores(Collection<String> itemKeys, Errors errors) {
    Map<String, Integer> proposed = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : scores.entrySet()) {
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (!itemKeys.contains(entry.getKey()) || !value.isEmpty() && !value.matches("[1-4]")) {
        errors.reject("calibration.problem.score");
      } else if (!value.isEmpty()) {
        proposed.put(entry.getKey(), Integer.parseInt(value));
      }
    }
    return proposed;
  }
}
