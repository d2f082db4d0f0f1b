package uk.assure.publication.web;

/** An amendment of a published report: the version the person saw and what changed. */
public class AmendForm {

  private int seenVersion;
  private String note = "";

  public int getSeenVersion() {
    return seenVersion;
  }

  public void setSeenVersion(int seenVersion) {
    this.seenVersion = seenVersion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
