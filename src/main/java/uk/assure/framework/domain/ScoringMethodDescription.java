package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;
import static uk.assure.framework.domain.Require.texts;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the published ways of turning evidence into scores and a rating, in plain English.
 *
 * @param code the method's code, the month it took effect, for example {@code 2024-12}
 * @param name a short name, for example "Scoring each quality statement"
 * @param from the first month in which assessments were scored this way
 * @param until the last month in which assessments were scored this way, or null while in use
 * @param rules the method's rules in order, one sentence each
 */
public record ScoringMethodDescription(
    String code, String name, YearMonth from, YearMonth until, List<String> rules) {

  public ScoringMethodDescription {
    code = text(code, "A scoring method needs a code");
    name = text(name, "The scoring method " + code + " needs a name");
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          "The scoring method "
              + code
              + " cannot end ("
              + until
              + ") before it starts ("
              + from
              + ")");
    }
    rules = texts(rules, "The scoring method " + code + " has a blank rule");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("The scoring method " + code + " needs its rules");
    }
  }

  /** The last month this method was used, if it is no longer in use. */
  public Optional<YearMonth> lastUsed() {
    return Optional.ofNullable(until);
  }

  /** Whether assessments are still scored this way. */
  public boolean inUse() {
    return until == null;
  }
}
