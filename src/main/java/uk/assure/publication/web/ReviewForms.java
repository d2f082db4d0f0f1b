package uk.assure.publication.web;

import uk.assure.shared.web.SubmissionKey;

/** The forms of rating reviews. */
final class ReviewForms {

  private ReviewForms() {}

  /** A new request's grounds. */
  public static class GroundsForm {

    private String key = SubmissionKey.fresh();
    private String grounds = "";

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getGrounds() {
      return grounds;
    }

    public void setGrounds(String grounds) {
      this.grounds = grounds;
    }
  }

  /** A step on a request: the status reached and why, from the version the person saw. */
  public static class StepForm {

    private int version;
    private String status = "";
    private String reason = "";

    public int getVersion() {
      return version;
    }

    public void setVersion(int version) {
      this.version = version;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }
}
