package uk.assure.journey.web;

import jakarta.validation.constraints.Size;

/** Moving an assessment: the stage the person saw it at, where to, and why. */
class MoveForm {

  private String seen = "";
  private String to = "";

  @Size(max = 2000, message = "{journey.reason.tooLong}")
  private String reason = "";

  /** That the person has seen the warnings for the move (unanswered required requests, ...). */
  private boolean acknowledged;

  public boolean isAcknowledged() {
    return acknowledged;
  }

  public void setAcknowledged(boolean acknowledged) {
    this.acknowledged = acknowledged;
  }

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
