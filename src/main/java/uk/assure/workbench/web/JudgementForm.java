package uk.assure.workbench.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A statement's judgement as posted from the workbench, with the versions it was based on. */
class JudgementForm {

  private int version;
  private int sequence;
  private String score = "";
  private Map<String, String> categories = new HashMap<>();

  @Size(max = 10_000, message = "{workbench.problem.rationaleTooLong}")
  private String rationale = "";

  @Size(max = 2000, message = "{workbench.problem.reasonTooLong}")
  private String reason = "";

  private List<String> cited = new ArrayList<>();
  private String action = "save";

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public int getSequence() {
    return sequence;
  }

  public void setSequence(int sequence) {
    this.sequence = sequence;
  }

  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = score == null ? "" : score.strip();
  }

  public Map<String, String> getCategories() {
    return categories;
  }

  public void setCategories(Map<String, String> categories) {
    this.categories = categories == null ? new HashMap<>() : categories;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale == null ? "" : rationale.strip();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason.strip();
  }

  public List<String> getCited() {
    return cited;
  }

  public void setCited(List<String> cited) {
    this.cited = cited == null ? new ArrayList<>() : cited;
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
