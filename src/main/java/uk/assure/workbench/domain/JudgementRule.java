package uk.assure.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a statement's score needs a written professional-judgement reason: when it differs from the
 * score the evidence arithmetic gives (the category scores under the 2023-12 method), or from the
 * previous draft score, including taking a draft score away. A first score that agrees with the
 * arithmetic needs none.
 */
public final class JudgementRule {

  /** How a score departs from what was suggested; each has a message key of the same name. */
  public enum Departure {
    FROM_DERIVED,
    FROM_PREVIOUS
  }

  private JudgementRule() {}

  /**
   * @param entered the score given, empty for "not assessed"
   * @param derived what the category arithmetic gives, empty where there is none
   * @param previous the previous draft score, empty where there was none
   */
  public static List<Departure> departures(
      Optional<Integer> entered, Optional<Integer> derived, Optional<Integer> previous) {
    List<Departure> departures = new ArrayList<>();
    if (entered.isPresent() && derived.isPresent() && !entered.equals(derived)) {
      departures.add(Departure.FROM_DERIVED);
    }
    if (previous.isPresent() && !Objects.equals(entered, previous)) {
      departures.add(Departure.FROM_PREVIOUS);
    }
    return List.copyOf(departures);
  }

  public static boolean reasonRequired(
      Optional<Integer> entered, Optional<Integer> derived, Optional<Integer> previous) {
    return !departures(entered, derived, previous).isEmpty();
  }
}
