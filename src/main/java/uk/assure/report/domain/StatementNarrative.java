package uk.assure.report.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the assessors found for one quality statement, as it appears in the report.
 *
 * @param statement the statement's code, for example QS1
 * @param keyFindings the key findings, paragraphs separated by blank lines
 * @param strengths what the council does well
 * @param areasForDevelopment what the council should improve
 * @param tags the topics the findings raise, codes from {@link TopicTags}, in the list's order
 */
public record StatementNarrative(
    String statement,
    String keyFindings,
    String strengths,
    String areasForDevelopment,
    List<String> tags) {

  public static final int MAX_TEXT = 10_000;

  public StatementNarrative {
    Objects.requireNonNull(statement, "statement");
    keyFindings = Narrative.clean(keyFindings, "keyFindings");
    strengths = Narrative.clean(strengths, "strengths");
    areasForDevelopment = Narrative.clean(areasForDevelopment, "areasForDevelopment");
    tags = List.copyOf(tags);
    if (tags.stream().distinct().count() != tags.size()) {
      throw new IllegalArgumentException("A topic is tagged once");
    }
  }

  public static StatementNarrative empty(String statement) {
    return new StatementNarrative(statement, "", "", "", List.of());
  }

  /** Whether nothing has been written for this statement. */
  public boolean isEmpty() {
    return keyFindings.isEmpty() && strengths.isEmpty() && areasForDevelopment.isEmpty();
  }
}
