package uk.assure.factcheck.web;

/** The assessors' decision on one comment. */
public class DecisionForm {

  private int version;
  private String verdict = "";
  private String reason = "";

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
