package uk.assure.planning.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each soft rule counts, and the phased start's cap on site visits in each of the first
 * months: kept in one place so a setting or a file can change them without touching the solver.
 *
 * @param rampUpCaps at most this many visits in programme month 0, 1, ...; later months are capped
 *     only by the weekly capacity
 */
public record PlanningWeights(Map<SoftRule, Long> weights, List<Integer> rampUpCaps) {

  /** A few pilots, then building up to about twenty visits in the first autumn. */
  public static final List<Integer> DEFAULT_RAMP_UP = List.of(2, 3, 4, 6, 7, 8);

  public PlanningWeights {
    Map<SoftRule, Long> all = new EnumMap<>(SoftRule.class);
    for (SoftRule rule : SoftRule.values()) {
      long weight = weights.getOrDefault(rule, rule.defaultWeight());
      if (weight < 0) {
        throw new IllegalArgumentException("A weight cannot be negative: " + rule.code());
      }
      all.put(rule, weight);
    }
    weights = Map.copyOf(all);
    rampUpCaps = List.copyOf(rampUpCaps);
    if (rampUpCaps.stream().anyMatch(cap -> cap < 0)) {
      throw new IllegalArgumentException("A ramp-up cap cannot be negative");
    }
  }

  public static PlanningWeights defaults() {
    return new PlanningWeights(Map.of(), DEFAULT_RAMP_UP);
  }

  public long weight(SoftRule rule) {
    return weights.get(rule);
  }

  /** The cap on visits in this programme month, or none (the largest int). */
  public int rampUpCap(int month) {
    return month < rampUpCaps.size() ? rampUpCaps.get(month) : Integer.MAX_VALUE;
  }
}
