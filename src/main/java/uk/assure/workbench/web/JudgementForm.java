package uk.assure.workbench.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.assure.evidence.domain.CoverageMatrix;
import uk.assure.framework.domain.EvidenceCategory;

/** A statement's judgement as posted from the workbench, with the versions it was based on. */
class JudgementForm {

  private int version;
  private int sequence;
  private String score = "";
  private Map<String, String> categories = new HashMap<>();

  @Size(max = 10_000, message = "{workbench.problem.rationaleTooLong}")
  private String rationale = "";

  @Size(max = 2000, message = "{workbench.problem.reasonTooLong}")
  private String reason = "";

  private List<String> cited = new ArrayList<>();
  private String action = "save";

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public int getSequence() {
    return sequence;
  }

  public void setSequence(int sequence) {
    this.sequence = sequence;
  }

  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = score == null ? "" : score.strip();
  }

  public Map<String, String> getCategories() {
    return categories;
  }

  public void setCategories(Map<String, String> categories) {
    this.categories = categories == null ? new HashMap<>() : categories;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale == null ? "" : rationale.strip();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason.strip();
  }

  public List<String> getCited() {
    return cited;
  }

  public void setCited(List<String> cited) {
    this.cited = cited == null ? new ArrayList<>() : cited;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  boolean previewOnly() {
    return "preview".equals(action);
  }

  /** The statement's score, if one was chosen; a score other than 1 to 4 is an error on it. */
  Optional<Integer> score(Errors errors) {
    if (score.isEmpty()) {
      return Optional.empty();
    }
    if (!score.matches("[1-4]")) {
      errors.rejectValue("score", "workbench.problem.score");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(score));
  }

  /**
   * The score of each evidence category given, leaving out those left blank. Categories are only
   * scored under the evidence category method ({@code byCategory}); an unknown category, a score
   * other than 1 to 4, or any category under the other method is an error on the whole form.
   */
  Map<EvidenceCategory, Integer> categoryScores(boolean byCategory, Errors errors) {
    Map<EvidenceCategory, Integer> scores = new EnumMap<>(EvidenceCategory.class);
    if (!byCategory) {
      if (!categories.isEmpty()) {
        errors.reject("workbench.problem.category");
      }
      return scores;
    }
    for (Map.Entry<String, String> entry : categories.entrySet()) {
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (!known(entry.getKey()) || !value.isEmpty() && !value.matches("[1-4]")) {
        errors.reject("workbench.problem.category");
      } else if (!value.isEmpty()) {
        scores.put(EvidenceCategory.fromCode(entry.getKey()), Integer.parseInt(value));
      }
    }
    return scores;
  }

  /** The statement's score if it is one of 1 to 4, for a preview of what it would change. */
  Optional<Integer> usableScore() {
    return score.matches("[1-4]") ? Optional.of(Integer.parseInt(score)) : Optional.empty();
  }

  /** The category scores that are known categories scored 1 to 4, for a preview. */
  Map<EvidenceCategory, Integer> usableCategoryScores() {
    Map<EvidenceCategory, Integer> scores = new EnumMap<>(EvidenceCategory.class);
    categories.forEach(
        (key, value) -> {
          if (value != null && value.strip().matches("[1-4]") && known(key)) {
            scores.put(EvidenceCategory.fromCode(key), Integer.parseInt(value.strip()));
          }
        });
    return scores;
  }

  private static boolean known(String category) {
    return CoverageMatrix.CATEGORIES.stream().anyMatch(c -> c.code().equals(category));
  }
}
