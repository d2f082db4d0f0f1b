package uk.assure.journey.web;

import jakarta.validation.constraints.Size;

/** Moving an assessment: the stage the person saw it at, where to, and why. */
class MoveForm {

  private String seen = "";
  private String to = "";

  @Size(max = 2000, message = "{journey.reason.tooLong}")
  private String reason = "";

  public String getSeen() {
    return seen;
  }

  public void setSeen(String seen) {
    this.seen = seen == null ? "" : seen;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to == null ? "" : to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
