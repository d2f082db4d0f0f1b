package uk.assure.framework.domain;

import java.util.List;

/** The checks the framework's records share. */
final class Require {

  private Require() {}

  /** The text, stripped, or an exception with the given message when it is missing or blank. */
  static String text(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return value.strip();
  }

  /** The texts, stripped, refusing blank ones. */
  static List<String> texts(List<String> values, String message) {
    return values == null ? List.of() : values.stream().map(value -> text(value, message)).toList();
  }
}
