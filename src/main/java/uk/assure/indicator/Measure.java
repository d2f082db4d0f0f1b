package uk.assure.indicator;

import java.util.List;
import java.util.Objects;

/**
 * A measure Assure knows: what it counts, its unit, which way is better, and the quality statements
 * it informs.
 *
 * @param set the measure set it belongs to, for example {@code ascof-2014}
 * @param direction {@code higher}, {@code lower} or {@code neither}
 */
public record Measure(
    String set,
    String code,
    String name,
    String unit,
    String direction,
    List<String> statements,
    String caveats) {

  public Measure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!List.of("higher", "lower", "neither").contains(direction)) {
      throw new IllegalArgumentException(
          "Measure " + code + ": direction must be higher, lower or neither, not " + direction);
    }
    statements = statements == null ? List.of() : List.copyOf(statements);
    caveats = caveats == null ? "" : caveats;
  }
}
