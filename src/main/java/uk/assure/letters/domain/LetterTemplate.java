package uk.assure.letters.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.assure.shared.domain.Refusal;

/**
 * The wording of one kind of letter: a subject and a body with placeholders in braces, such as
 * {@code {council}}, filled in when a letter is written. Only the placeholders its kind knows may
 * be used; a brace that does not close a known name is refused when the template is saved, so a
 * letter never goes out with a gap or a stray brace in it.
 */
public record LetterTemplate(LetterKind kind, String subject, String body, int version) {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 10_000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  /** A letter written from a template, ready to send. */
  public record Letter(String subject, String body) {}

  public LetterTemplate {
    Objects.requireNonNull(kind, "kind");
    if (!check(kind, subject, body).isEmpty()) {
      throw new IllegalArgumentException("Not a usable template for " + kind.code());
    }
  }

  /** What is wrong with a subject and body for this kind of letter; empty if nothing. */
  public static List<Refusal> check(LetterKind kind, String subject, String body) {
    List<Refusal> problems = new ArrayList<>();
    checkPart(kind, "subject", subject, MAX_SUBJECT, problems);
    checkPart(kind, "body", body, MAX_BODY, problems);
    return List.copyOf(problems);
  }

  private static void checkPart(
      LetterKind kind, String field, String text, int max, List<Refusal> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Refusal(field, "letters.problem." + field + ".missing"));
      return;
    }
    if (text.length() > max) {
      problems.add(new Refusal(field, "letters.problem." + field + ".tooLong"));
      return;
    }
    if (field.equals("subject") && (text.contains("\n") || text.contains("\r"))) {
      problems.add(new Refusal(field, "letters.problem.subject.lines"));
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!kind.knows(name)) {
        problems.add(
            new Refusal(
                field, "letters.problem.unknown", List.of("{" + name + "}", allowed(kind))));
        return;
      }
    }
    String rest = matcher.replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      problems.add(new Refusal(field, "letters.problem.brace", List.of(allowed(kind))));
    }
  }

  /** The placeholders this kind of letter may use, as a person would type them. */
  private static String allowed(LetterKind kind) {
    return kind.placeholders().stream()
        .map(name -> "{" + name + "}")
        .collect(Collectors.joining(", "));
  }

  /**
   * Writes the letter with these values in place of its placeholders.
   *
   * @throws IllegalArgumentException if a placeholder the template uses has no value
   */
  public Letter write(Map<String, String> values) {
    return new Letter(fill(subject, values), fill(body, values));
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("No value for {" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
