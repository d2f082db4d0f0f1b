package uk.assure.evidence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import uk.assure.framework.domain.EvidenceCategory;
import uk.assure.framework.domain.StatementCode;

/**
 * An assessor's note tagged as evidence (from a case review or an on-site session): its text, the
 * evidence category and the quality statements it informs.
 */
public class EvidenceNoteForm {

  public static final int MAX_BODY = 10_000;

  @NotBlank(message = "{cases.note.bodyMissing}")
  @Size(max = MAX_BODY, message = "{cases.note.bodyTooLong}")
  private String body = "";

  @Pattern(
      regexp = "PEOPLE_EXPERIENCE|FEEDBACK_STAFF_LEADERS|FEEDBACK_PARTNERS|PROCESSES",
      message = "{cases.note.category}")
  private String category = "";

  @NotEmpty(message = "{cases.note.statements}")
  private List<@Pattern(regexp = StatementCode.PATTERN, message = "{cases.note.statements}") String>
      statements = new ArrayList<>();

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category == null ? "" : category;
  }

  /**
   * The evidence category chosen, once the form has passed validation (which admits only the codes
   * of categories used for councils).
   */
  public EvidenceCategory evidenceCategory() {
    return EvidenceCategory.fromCode(category);
  }

  /** The quality statements chosen, each once and in order. */
  public List<String> chosenStatements() {
    return statements.stream().distinct().sorted().toList();
  }

  public List<String> getStatements() {
    return statements;
  }

  public void setStatements(List<String> statements) {
    this.statements = statements == null ? new ArrayList<>() : statements;
  }
}
