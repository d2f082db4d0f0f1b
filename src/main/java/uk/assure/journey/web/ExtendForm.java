package uk.assure.journey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.assure.shared.web.DateFields;

/** Giving a council more time for its information return, and why. */
class ExtendForm extends DateFields {

  @NotBlank(message = "{journey.extend.reasonRequired}")
  @Size(max = 2000, message = "{journey.reason.tooLong}")
  private String reason = "";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
