package uk.assure.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * Why one field of something a person submitted was refused: the field's name as the form knows
 * it (or {@code null} for the whole submission), the message key that explains it, and the
 * values that message names. Every feature refuses input with this one record, and the web layer
 * puts refusals on a form with {@code shared.web.Refusals}.
 */
public record Refusal(String field, String key, List<Object> arguments) {

  public Refusal {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A refusal needs a message key");
    }
    arguments = List.copyOf(arguments);
  }

  /** A refusal of one field whose message names nothing else. */
  public Refusal(String field, String key) {
    this(field, key, List.of());
  }

  /** A refusal of the whole submission rather than one of its fields. */
  public static Refusal ofWhole(String key, Object... arguments) {
    return new Refusal(null, key, List.of(arguments));
  }

  /** Whether this refusal belongs to one field rather than the whole submission. */
  public boolean hasField() {
    return field != null && !field.isBlank();
  }
}
