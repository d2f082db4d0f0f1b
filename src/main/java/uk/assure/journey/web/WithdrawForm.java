package uk.assure.journey.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Withdrawing an assessment: why, and that the lead understands it cannot be undone. */
class WithdrawForm {

  @NotBlank(message = "{journey.withdraw.reasonRequired}")
  @Size(max = 2000, message = "{journey.reason.tooLong}")
  private String reason = "";

  @AssertTrue(message = "{journey.withdraw.confirmRequired}")
  private boolean confirmed;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
