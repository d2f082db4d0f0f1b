package uk.assure.feedback.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.assure.framework.domain.StatementCode;

/**
 * Suggests the quality statements a piece of feedback is about from the words in it, by rules kept
 * as data. Every suggestion says which words matched, so anyone can see why it was made.
 */
public record KeywordModel(String version, List<Rule> rules) {

  /** The words that suggest a statement. */
  public record Rule(String statement, List<String> words) {
    public Rule {
      Objects.requireNonNull(statement, "statement");
      words = List.copyOf(words);
      if (!StatementCode.isValid(statement) || words.isEmpty()) {
        throw new IllegalArgumentException("A rule names a statement and at least one word");
      }
    }
  }

  /** A suggested statement and the words of the feedback that suggested it. */
  public record Suggestion(String statement, List<String> matched) {}

  public KeywordModel {
    Objects.requireNonNull(version, "version");
    rules = List.copyOf(rules);
  }

  public List<Suggestion> suggest(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Rule rule : rules) {
      List<String> matched = new ArrayList<>();
      for (String word : rule.words()) {
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)))
            .matcher(lower)
            .find()) {
          matched.add(word);
        }
      }
      if (!matched.isEmpty()) {
        suggestions.add(new Suggestion(rule.statement(), matched));
      }
    }
    suggestions.sort(
        Comparator.comparingInt((Suggestion s) -> -s.matched().size())
            .thenComparing(Suggestion::statement));
    return suggestions;
  }
}
