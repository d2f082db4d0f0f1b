package uk.assure.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator inviting a person. */
class InviteForm {

  @NotBlank(message = "{admin.invite.email.missing}")
  @Size(max = 254, message = "{forgotten.email.invalid}")
  private String email = "";

  @NotBlank(message = "{admin.invite.role.missing}")
  private String role = "";

  private String council = "";

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email.strip();
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role == null ? "" : role;
  }

  public String getCouncil() {
    return council;
  }

  public void setCouncil(String council) {
    this.council = council == null ? "" : council;
  }
}
