package uk.assure.security.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
class PasswordForm {

  @Size(min = 12, message = "{invitation.password.tooShort}")
  @Size(max = 128, message = "{invitation.password.tooLong}")
  private String password = "";

  @NotBlank(message = "{invitation.confirmation.missing}")
  private String confirmation = "";

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation == null ? "" : confirmation;
  }

  @AssertTrue(message = "{invitation.confirmation.mismatch}")
  public boolean isConfirmationMatching() {
    return confirmation.isEmpty() || confirmation.equals(password);
  }
}
