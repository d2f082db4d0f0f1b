package uk.assure.letters.web;

/**
 * A council contact as typed. Checked by {@link uk.assure.letters.domain.Contact#check}, the one
 * place its rules are kept, so the form has no rules of its own.
 */
class ContactForm {

  private String kind = "";
  private String name = "";
  private String email = "";
  private String jobTitle = "";
  private int version;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle == null ? "" : jobTitle;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
