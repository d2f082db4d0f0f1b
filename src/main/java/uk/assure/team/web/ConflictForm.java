package uk.assure.team.web;

/** Declaring a conflict of interest with a council; administrators also name the person. */
class ConflictForm {

  private String person = "";
  private String council = "";
  private String reason = "";

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person == null ? "" : person.strip();
  }

  public String getCouncil() {
    return council;
  }

  public void setCouncil(String council) {
    this.council = council == null ? "" : council.strip();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
