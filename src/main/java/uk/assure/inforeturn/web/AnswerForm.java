package uk.assure.inforeturn.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import uk.assure.shared.web.DateFields;

/** A council's answer to one request, as sent from the request's page. */
class AnswerForm extends DateFields {

  private String kind = "";
  private int seenVersion;
  private List<MultipartFile> files = new ArrayList<>();
  private boolean keepDocuments = true;
  private String referenceDocument = "";
  private String section = "";
  private Integer pageFrom;
  private Integer pageTo;
  private String link = "";
  private String reason = "";

  /**
   * The effective date given, if any: empty when no part of it was given (which the answer's check
   * reports if it needs one), or with an error added when it is given but not a real date.
   */
  Optional<LocalDate> effectiveOn(BindingResult errors) {
    if (errors.hasFieldErrors("day")
        || errors.hasFieldErrors("month")
        || errors.hasFieldErrors("year")) {
      return Optional.empty();
    }
    if (getDay() == null && getMonth() == null && getYear() == null) {
      return Optional.empty();
    }
    if (getDay() == null || getMonth() == null || getYear() == null) {
      errors.rejectValue("day", "form.date.missing");
      return Optional.empty();
    }
    if (getYear() < 1900 || getYear() > 2100) {
      errors.rejectValue("year", "form.date.invalid");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(getYear(), getMonth(), getDay()));
    } catch (DateTimeException e) {
      errors.rejectValue("day", "form.date.invalid");
      return Optional.empty();
    }
  }

  /** The files actually chosen (a form with none chosen still sends one empty part). */
  List<MultipartFile> chosenFiles() {
    return files.stream().filter(f -> f != null && !f.isEmpty()).toList();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public int getSeenVersion() {
    return seenVersion;
  }

  public void setSeenVersion(int seenVersion) {
    this.seenVersion = seenVersion;
  }

  public List<MultipartFile> getFiles() {
    return files;
  }

  public void setFiles(List<MultipartFile> files) {
    this.files = files == null ? new ArrayList<>() : files;
  }

  public boolean isKeepDocuments() {
    return keepDocuments;
  }

  public void setKeepDocuments(boolean keepDocuments) {
    this.keepDocuments = keepDocuments;
  }

  public String getReferenceDocument() {
    return referenceDocument;
  }

  public void setReferenceDocument(String referenceDocument) {
    this.referenceDocument = referenceDocument == null ? "" : referenceDocument;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section == null ? "" : section;
  }

  public Integer getPageFrom() {
    return pageFrom;
  }

  public void setPageFrom(Integer pageFrom) {
    this.pageFrom = pageFrom;
  }

  public Integer getPageTo() {
    return pageTo;
  }

  public void setPageTo(Integer pageTo) {
    this.pageTo = pageTo;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link == null ? "" : link;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
