package uk.assure.report.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved version of the assessors' narrative for an assessment's report: the council's context,
 * the summary of people's experience and the findings per quality statement.
 *
 * @param version 1 for the first save, one more for each save after it
 * @param statements findings by statement code; statements not written about are absent
 */
public record Narrative(
    int version,
    CouncilContext context,
    String peopleExperience,
    Map<String, StatementNarrative> statements,
    Optional<String> savedBy,
    Optional<Instant> savedAt) {

  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

  public Narrative {
    if (version < 0) {
      throw new IllegalArgumentException("A version is not negative");
    }
    Objects.requireNonNull(context, "context");
    peopleExperience = clean(peopleExperience, "peopleExperience");
    statements.forEach(
        (code, narrative) -> {
          if (!code.equals(narrative.statement())) {
            throw new IllegalArgumentException("Findings filed under the wrong statement: " + code);
          }
        });
    statements = Map.copyOf(new LinkedHashMap<>(statements));
    Objects.requireNonNull(savedBy, "savedBy");
    Objects.requireNonNull(savedAt, "savedAt");
  }

  /** Nothing written yet: version 0, which the first save replaces. */
  public static Narrative none() {
    return new Narrative(0, CouncilContext.NONE, "", Map.of(), Optional.empty(), Optional.empty());
  }

  /**
   * Whether this says the same as another version: same context, people's experience and findings,
   * whoever saved them and when. Statements with nothing written count as absent.
   */
  public boolean sameContentAs(Narrative other) {
    return context.equals(other.context)
        && peopleExperience.equals(other.peopleExperience)
        && written().equals(other.written());
  }

  private Map<String, StatementNarrative> written() {
    Map<String, StatementNarrative> written = new java.util.TreeMap<>();
    statements.forEach(
        (code, s) -> {
          if (!s.isEmpty() || !s.tags().isEmpty()) {
            written.put(code, s);
          }
        });
    return written;
  }

  /** The next version of this narrative with new content, saved by someone at a moment. */
  public Narrative next(
      CouncilContext context,
      String peopleExperience,
      Map<String, StatementNarrative> statements,
      String by,
      Instant at) {
    return new Narrative(
        version + 1, context, peopleExperience, statements, Optional.of(by), Optional.of(at));
  }

  /** The statements whose findings differ between this version and another, in code order. */
  public java.util.List<String> changedStatements(Narrative other) {
    java.util.Set<String> codes = new java.util.TreeSet<>(written().keySet());
    codes.addAll(other.written().keySet());
    return codes.stream().filter(c -> !statement(c).equals(other.statement(c))).toList();
  }

  /** The findings for a statement, empty if none are written. */
  public StatementNarrative statement(String code) {
    return statements.getOrDefault(code, StatementNarrative.empty(code));
  }

  /**
   * The text without surrounding space, with line ends made alike and without control characters
   * (which no document format can carry, so the PDF could not be made); checks its length.
   */
  static String clean(String text, String what) {
    String cleaned =
        CONTROL
            .matcher(Objects.requireNonNull(text, what).replace("\r\n", "\n"))
            .replaceAll("")
            .strip();
    if (cleaned.length() > StatementNarrative.MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " is longer than " + StatementNarrative.MAX_TEXT + " characters");
    }
    return cleaned;
  }

  /** A text's paragraphs: the parts between blank lines, without surrounding space. */
  public static List<String> paragraphs(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").strip().split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
