package uk.assure.factcheck.web;

import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import uk.assure.document.Upload;
import uk.assure.shared.web.SubmissionKey;

/** A council's comment on a section of the draft, with optional evidence. */
public class CommentForm {

  private String key = SubmissionKey.fresh();
  private int draft;
  private String section = "";
  private String whatIsWrong = "";
  private String correction = "";
  private MultipartFile evidence;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public int getDraft() {
    return draft;
  }

  public void setDraft(int draft) {
    this.draft = draft;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getWhatIsWrong() {
    return whatIsWrong;
  }

  public void setWhatIsWrong(String whatIsWrong) {
    this.whatIsWrong = whatIsWrong;
  }

  public String getCorrection() {
    return correction;
  }

  public void setCorrection(String correction) {
    this.correction = correction;
  }

  public MultipartFile getEvidence() {
    return evidence;
  }

  public void setEvidence(MultipartFile evidence) {
    this.evidence = evidence;
  }

  Optional<Upload> upload() {
    if (evidence == null || evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Upload(evidence.getOriginalFilename(), evidence.getSize(), evidence::getInputStream));
  }
}
