package uk.assure.shared.web;

import java.util.Objects;

/**
 * One option of a select or a set of radios, as the shared form fragments show it.
 *
 * @param value what the form sends
 * @param label what the person reads (already in words; the fragment escapes it)
 */
public record Choice(String value, String label) {

  public Choice {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
