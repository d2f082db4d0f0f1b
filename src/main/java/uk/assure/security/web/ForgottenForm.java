package uk.assure.security.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The email address of an account whose password was forgotten. */
class ForgottenForm {

  @NotBlank(message = "{forgotten.email.missing}")
  @Size(max = 254, message = "{forgotten.email.invalid}")
  @Email(message = "{forgotten.email.invalid}")
  private String email = "";

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email.strip();
  }
}
