package uk.assure.casetracking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Consent recorded for a followed case: given, declined or withdrawn, and how it was asked. */
class ConsentForm {

  @Pattern(regexp = "given|declined|withdrawn", message = "{cases.consent.choose}")
  private String consent = "";

  @NotBlank(message = "{cases.consent.howMissing}")
  @Size(max = 500, message = "{cases.consent.howTooLong}")
  private String how = "";

  public String getConsent() {
    return consent;
  }

  public void setConsent(String consent) {
    this.consent = consent == null ? "" : consent;
  }

  public String getHow() {
    return how;
  }

  public void setHow(String how) {
    this.how = how == null ? "" : how;
  }
}
