package uk.assure.team.web;

/** Adding a person to an assessment's team in a part. */
class TeamForm {

  private String person = "";
  private String role = "";

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person == null ? "" : person.strip();
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role == null ? "" : role.strip();
  }
}
