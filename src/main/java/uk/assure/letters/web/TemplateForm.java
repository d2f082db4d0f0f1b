package uk.assure.letters.web;

/**
 * New wording for a letter. Checked by {@link uk.assure.letters.domain.LetterTemplate#check}, which
 * knows each letter's placeholders.
 */
class TemplateForm {

  private String subject = "";
  private String body = "";
  private int version;

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject == null ? "" : subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
