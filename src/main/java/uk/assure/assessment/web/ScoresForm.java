package uk.assure.assessment.web;

import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** Scores as posted from the scoring page, with the version they were based on. */
class ScoresForm {

  private Map<String, String> scores = new HashMap<>();

  @Size(max = 2000, message = "{staff.scores.reason.tooLong}")
  private String reason = "";

  private int version;

  private String action = "save";

  public Map<String, String> getScores() {
    return scores;
  }

  public void setScores(Map<String, String> scores) {
    this.scores = scores == null ? new HashMap<>() : scores;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason.strip();
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  boolean previewOnly() {
    return "preview".equals(action);
  }
}
