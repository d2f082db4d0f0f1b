package uk.assure.inforeturn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.assure.document.Upload;
import uk.assure.inforeturn.domain.AnswerChecks;

/**
 * What a council user sent to answer a request, before it is checked.
 *
 * @param kind the answer kind's code, as chosen
 * @param seenVersion the answer version the person was looking at (0 for none), to catch a second
 *     submission or someone else's answer in between
 * @param keepDocuments whether documents given with the current answer stay with the new one
 */
public record AnswerRequest(
    String kind,
    int seenVersion,
    Optional<LocalDate> effectiveOn,
    List<Upload> files,
    boolean keepDocuments,
    String referenceDocument,
    String section,
    Integer pageFrom,
    Integer pageTo,
    String link,
    String reason) {

  public AnswerRequest {
    files = List.copyOf(files);
  }

  /**
   * What the checks of an answer see of this request.
   *
   * @param keepsDocuments whether the current answer has documents and this request keeps them
   */
  AnswerChecks.Given given(boolean keepsDocuments) {
    return new AnswerChecks.Given(
        kind,
        effectiveOn,
        files.size(),
        keepsDocuments,
        referenceDocument,
        section,
        pageFrom,
        pageTo,
        link,
        reason);
  }
}
