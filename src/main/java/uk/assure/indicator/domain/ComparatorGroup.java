package uk.assure.indicator.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The councils most like a given one, to compare it with fairly. Similarity is a distance over: the
 * natural logarithm of population (weight 1, so twice the population adds about 0.69), a different
 * kind of council (adds 1), a different region (adds 0.5), and any further features known for both
 * councils (deprivation, share of older people), each divided by its standard deviation across
 * councils. The nearest councils, never the council itself, make the group; ties go to the lower
 * GSS code.
 */
public final class ComparatorGroup {

  /** What similarity is judged on. */
  public record Profile(
      String gss,
      String typeCode,
      String region,
      Integer population,
      Map<String, Double> features) {

    public Profile {
      Objects.requireNonNull(gss, "gss");
      features = features == null ? Map.of() : Map.copyOf(features);
    }
  }

  /** A member of a group and how far it is from the council. */
  public record Member(String gss, double distance) {}

  public static final int SIZE = 15;

  private ComparatorGroup() {}

  public static List<Member> nearest(Profile target, List<Profile> candidates, int size) {
    Map<String, Double> spread = FeatureSpread.of(candidates);
    return candidates.stream()
        .filter(c -> !c.gss().equals(target.gss()))
        .map(c -> new Member(c.gss(), distance(target, c, spread)))
        .sorted(Comparator.comparingDouble(Member::distance).thenComparing(Member::gss))
        .limit(size)
        .toList();
  }

  static double distance(Profile a, Profile b, Map<String, Double> spread) {
    double d = 0;
    if (a.population() != null
        && b.population() != null
        && a.population() > 0
        && b.population() > 0) {
      d += Math.abs(Math.log(a.population()) - Math.log(b.population()));
    } else {
      d += 1;
    }
    d += Objects.equals(a.typeCode(), b.typeCode()) ? 0 : 1;
    d += Objects.equals(a.region(), b.region()) ? 0 : 0.5;
    for (var feature : a.features().entrySet()) {
      Double other = b.features().get(feature.getKey());
      Double sd = spread.get(feature.getKey());
      if (other != null && sd != null && sd > 0) {
        d += Math.abs(feature.getValue() - other) / sd;
      }
    }
    return d;
  }

  /** The standard deviation of each feature across the councils that have it. */
  private static final class FeatureSpread {
    static Map<String, Double> of(List<Profile> profiles) {
      Map<String, double[]> sums = new java.util.HashMap<>();
      for (Profile p : profiles) {
        p.features()
            .forEach(
                (name, value) -> {
                  double[] s = sums.computeIfAbsent(name, k -> new double[3]);
                  s[0]++;
                  s[1] += value;
                  s[2] += value * value;
                });
      }
      Map<String, Double> spread = new java.util.HashMap<>();
      sums.forEach(
          (name, s) -> {
            double mean = s[1] / s[0];
            spread.put(name, Math.sqrt(Math.max(0, s[2] / s[0] - mean * mean)));
          });
      return spread;
    }
  }
}
