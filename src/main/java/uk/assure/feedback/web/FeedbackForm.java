package uk.assure.feedback.web;

/** The public feedback form. {@code website} is a trap field people never see or fill in. */
class FeedbackForm {

  private String council = "";
  private String role = "";
  private String body = "";
  private String quotable = "";
  private String anonymous = "";
  private String contactEmail = "";
  private String submissionKey = "";
  private String website = "";

  public String getCouncil() {
    return council;
  }

  public void setCouncil(String council) {
    this.council = council == null ? "" : council;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role == null ? "" : role;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }

  public String getQuotable() {
    return quotable;
  }

  public void setQuotable(String quotable) {
    this.quotable = quotable == null ? "" : quotable;
  }

  public String getAnonymous() {
    return anonymous;
  }

  public void setAnonymous(String anonymous) {
    this.anonymous = anonymous == null ? "" : anonymous;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail == null ? "" : contactEmail;
  }

  public String getSubmissionKey() {
    return submissionKey;
  }

  public void setSubmissionKey(String submissionKey) {
    this.submissionKey = submissionKey == null ? "" : submissionKey;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website == null ? "" : website;
  }
}
